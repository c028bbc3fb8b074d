package dev.fixer.runner;

import dev.fixer.runner.run.FixerHome;
import dev.fixer.runner.runs.RunEntry;
import dev.fixer.runner.runs.Runs;
import dev.fixer.runner.runs.RunsJson;
import dev.fixer.runner.runs.RunsText;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fixer runs}: the runs kept under $FIXER_HOME, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = {"List the runs kept under $FIXER_HOME (default: $XDG_CACHE_HOME/fixer, else ~/.cache/fixer): those of fixer run in runs/ and"
        + " those of fixer batch in batches/NAME/issue-N/run, newest first, with when each started, its issue,"
        + " status, cost, size on disk and directory.",
        "Status is fixed, unverified or not fixed from the run's result.json; a run without one is running when it"
            + " changed within the last hour, else stopped (go on with fixer run --resume DIR)."})
final class RunsCommand implements Callable<Integer> {

  private final Map<String, String> env;

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "Print {\"runs\":[...]} as one JSON object on one line instead of a table.")
  boolean json;

  RunsCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    FixerHome home = FixerHome.from(env);
    List<RunEntry> runs = new Runs(home, Clock.systemUTC()).list();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? RunsJson.of(runs) + "\n" : new RunsText(ZoneId.systemDefault()).table(runs, home.root().toString()));
    out.flush();
    return ExitCodes.DONE;
  }
}
