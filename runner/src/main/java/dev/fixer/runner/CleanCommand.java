package dev.fixer.runner;

import dev.fixer.runner.run.FixerHome;
import dev.fixer.runner.runs.Cleanup;
import dev.fixer.runner.runs.Runs;
import dev.fixer.runner.runs.RunsText;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fixer clean}: removes old runs, keeping those that may be running or hold an unpublished fix. */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Remove the run directories under $FIXER_HOME (those fixer runs lists) that have not changed for"
        + " longer than --older-than, and say how much space that freed.",
        "Kept unless --force: a run that changed within the last hour (it may be running), and a run with an"
            + " unpublished fix (fixed or unverified, with a branch or patch, and no pull request).",
        "A batch keeps its state, log and checkout; only its runs' directories go."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a run could not be removed (each is named)", "2:usage error"})
final class CleanCommand implements Callable<Integer> {

  private final Map<String, String> env;

  @Spec
  CommandSpec spec;

  @Option(names = "--older-than", paramLabel = "DURATION", required = true,
      converter = RunCommand.DurationConverter.class,
      description = "How long a run must have been left alone to go, e.g. 7d, 12h or 1d12h.")
  Duration olderThan;

  @Option(names = "--dry-run", description = "Only say what would be removed.")
  boolean dryRun;

  @Option(names = "--force", description = "Remove runs that may be running or hold an unpublished fix too.")
  boolean force;

  CleanCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Cleanup cleanup = new Runs(FixerHome.from(env), Clock.systemUTC()).clean(olderThan, force, dryRun);
    spec.commandLine().getOut().print(new RunsText(ZoneId.systemDefault()).cleanup(cleanup));
    spec.commandLine().getOut().flush();
    return cleanup.failed().isEmpty() ? ExitCodes.DONE : ExitCodes.NOT_DONE;
  }
}
