package dev.fixer.runner;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixer completion bash|zsh}: a shell completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a completion script for the commands and options of fixer. It is a bash script; zsh runs"
        + " it through bashcompinit, which the script loads itself.",
        "In ~/.bashrc or ~/.zshrc:",
        "  source <(fixer completion bash)",
        "  source <(fixer completion zsh)"})
final class CompletionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() {
    String which = shell.strip().toLowerCase(Locale.ROOT);
    if (!which.equals("bash") && !which.equals("zsh")) {
      throw FixerException.usage("unknown shell '" + shell + "': fixer completion writes scripts for bash and zsh");
    }
    spec.commandLine().getOut().print(AutoComplete.bash("fixer", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCodes.DONE;
  }
}
