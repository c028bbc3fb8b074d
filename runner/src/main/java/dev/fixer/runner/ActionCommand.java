package dev.fixer.runner;

import dev.fixer.runner.action.ActionRun;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fixer action}: the entry point of the GitHub Action (see action.yml). */
@Command(name = "action", mixinStandardHelpOptions = true,
    description = {"Run as a step of a GitHub Actions workflow: on an issue labelled with the trigger label, or a"
        + " /fixer comment from someone with write access, fix the issue and open a pull request.",
        "Reads GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY, GITHUB_WORKSPACE, GITHUB_API_URL,"
            + " GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_TOKEN, KIMI_API_KEY and the INPUT_* inputs of action.yml;"
            + " writes $GITHUB_OUTPUT (status, pr_url) and $GITHUB_STEP_SUMMARY."})
final class ActionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private final Map<String, String> env;

  ActionCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    return new ActionRun(env, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
  }
}
