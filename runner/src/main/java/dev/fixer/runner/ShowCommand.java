package dev.fixer.runner;

import dev.fixer.runner.report.Reports;
import dev.fixer.runner.run.FixerHome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixer show}: a run on the terminal. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Show what a run did: the issue, each step (the model's reasoning on one line, each tool call"
        + " with its arguments and the first and last lines of its output), the tests that changed from failing"
        + " to passing or back, the diff, tokens, cost and time. Reads the files the run wrote; the run need"
        + " not be alive."})
final class ShowCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_DIR", defaultValue = "latest",
      description = "A run directory (with run.json), or 'latest' for the newest under $FIXER_HOME/runs"
          + " (default: ${DEFAULT-VALUE}).")
  String run;

  @Option(names = "--json", description = "Print one JSON object (steps with their tool calls in full, totals,"
      + " and result.json as 'outcome') for scripts.")
  boolean json;

  @Option(names = {"--follow", "-f"}, description = "For a run in progress: print what it has, then each new step"
      + " as it comes, until the agent finishes (or Ctrl-C).")
  boolean follow;

  private final Map<String, String> env;
  private final Path workingDir;

  ShowCommand(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    if (json && follow) {
      throw FixerException.usage("--json and --follow do not go together: --json prints a finished picture once");
    }
    Path dir = runDir(run, env, workingDir);
    if (follow) {
      Reports.follow(dir, spec.commandLine().getOut(), Duration.ofMillis(500));
    } else {
      Reports.show(dir, json, spec.commandLine().getOut());
    }
    return ExitCodes.DONE;
  }

  /** {@code name} as a directory: 'latest' is the newest run under $FIXER_HOME/runs, anything else a path. */
  static Path runDir(String name, Map<String, String> env, Path workingDir) {
    return name.equals("latest") ? Reports.latest(FixerHome.from(env).runs())
        : workingDir.resolve(name).toAbsolutePath().normalize();
  }
}
