package dev.fixer.runner;

import dev.fixer.runner.report.Reports;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixer report}: a run, a batch or an evaluation as a static HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write a self-contained HTML report (inline CSS and script, nothing fetched) of a run: its steps"
        + " with collapsible tool calls, outputs and reasoning, the diff, the test transitions, and tokens, cost and"
        + " cache hits per step. Of a batch or an evaluation: a sortable table of its issues or instances, each"
        + " linked to its run's page, written in OUT's name with -files (report.html: report-files/)."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "latest",
      description = "A run directory (run.json), a batch directory (state.json) or an evaluation directory"
          + " (eval.json); 'latest' for the newest run under $FIXER_HOME/runs (default: ${DEFAULT-VALUE}).")
  String dir;

  @Option(names = {"--output", "-o"}, paramLabel = "OUT", description = "The HTML file to write (default:"
      + " report.html in DIR).")
  Path output;

  private final Map<String, String> env;
  private final Path workingDir;

  ReportCommand(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    Path target = ShowCommand.runDir(dir, env, workingDir);
    Path file = output == null ? Reports.defaultOutput(target) : workingDir.resolve(output).toAbsolutePath().normalize();
    Reports.html(target, file);
    spec.commandLine().getOut().println(file);
    spec.commandLine().getOut().flush();
    return ExitCodes.DONE;
  }
}
