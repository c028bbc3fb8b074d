package dev.fixer.runner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code fixer} command. */
@Command(name = "fixer", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
    description = "An autonomous coding agent that turns a GitHub issue into a tested pull request.",
    subcommands = {AskCommand.class, RunCommand.class, ActionCommand.class, BatchCommand.class, EvalCommand.class,
        ShowCommand.class, ReportCommand.class, RunsCommand.class, CleanCommand.class, CompletionCommand.class,
        HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (run: a verified fix is on the branch)",
      "1:not done (budget, stuck, the model gave up, verification failed)",
      "2:usage or configuration error",
      "3:infrastructure failure (model unreachable after retries, sandbox broken)",
      "130:interrupted by Ctrl-C (a run is saved: go on with fixer run --resume DIR)"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** github-api logs each connection retry at INFO through java.util.logging; fixer says what failed itself. */
  private static final java.util.logging.Logger GITHUB_API_LOG = java.util.logging.Logger.getLogger("org.kohsuke.github");

  public static void main(String[] args) {
    GITHUB_API_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(System.getenv(), Path.of("").toAbsolutePath(), true, out, err, args));
  }

  /** Runs the command line with this environment and these streams; returns the exit code. */
  static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    return run(env, Path.of("").toAbsolutePath(), false, out, err, args);
  }

  /**
   * Runs the command line with this environment, working directory and streams; returns the exit code.
   *
   * @param stopHook whether Ctrl-C should stop a run gently (for the real process, not for tests)
   */
  static int run(Map<String, String> env, Path workingDir, boolean stopHook, PrintWriter out, PrintWriter err,
      String... args) {
    CommandLine line = new CommandLine(new Main(), new EnvironmentFactory(env, workingDir, stopHook));
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(e -> e instanceof FixerException f ? f.exitCode() : ExitCodes.INFRASTRUCTURE);
    FailureReport failures = new FailureReport(args);
    line.setExecutionExceptionHandler(failures::execution);
    line.setParameterExceptionHandler(failures::usage);
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Gives commands the environment the CLI was started with, so tests can pass their own. */
  private static final class EnvironmentFactory implements CommandLine.IFactory {
    private final Map<String, String> env;
    private final Path workingDir;
    private final boolean stopHook;

    EnvironmentFactory(Map<String, String> env, Path workingDir, boolean stopHook) {
      this.env = env;
      this.workingDir = workingDir;
      this.stopHook = stopHook;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == AskCommand.class) {
        return type.cast(new AskCommand(env));
      }
      if (type == ActionCommand.class) {
        return type.cast(new ActionCommand(env));
      }
      if (type == BatchCommand.class) {
        return type.cast(new BatchCommand(env, workingDir));
      }
      if (type == EvalRunCommand.class) {
        return type.cast(new EvalRunCommand(env, workingDir));
      }
      if (type == EvalScoreCommand.class) {
        return type.cast(new EvalScoreCommand(env, workingDir));
      }
      if (type == EvalMergeCommand.class) {
        return type.cast(new EvalMergeCommand(workingDir));
      }
      if (type == ShowCommand.class) {
        return type.cast(new ShowCommand(env, workingDir));
      }
      if (type == ReportCommand.class) {
        return type.cast(new ReportCommand(env, workingDir));
      }
      if (type == RunCommand.class) {
        return type.cast(new RunCommand(env, workingDir, stopHook));
      }
      if (type == RunsCommand.class) {
        return type.cast(new RunsCommand(env));
      }
      if (type == CleanCommand.class) {
        return type.cast(new CleanCommand(env));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
