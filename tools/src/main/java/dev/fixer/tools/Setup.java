package dev.fixer.tools;

import dev.fixer.core.text.OutputCap;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.tools.build.Build;
import dev.fixer.tools.build.Builds;
import java.time.Duration;
import java.util.Optional;

/**
 * The setup phase: before the agent starts, one command fills the sandbox's dependency cache with
 * the network on (the configured setup command, or the detected build's default, e.g. a Maven run
 * of the test suite with failures ignored), then the network is closed for good. A failing setup is
 * reported in the result, not thrown: the caller decides whether to go on.
 */
public final class Setup {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
  static final int TAIL_CHARS = 8_000;
  static final int TAIL_LINES = 60;

  private Setup() {}

  /**
   * Runs the setup command in {@code sandbox}, then calls {@link Sandbox#closeNetwork()}, also when
   * the command failed or nothing ran.
   *
   * @param setupCommand the configured {@code bash -c} script; when empty, the detected build's default
   * @throws InterruptedException if the thread is interrupted; the network is closed all the same
   */
  public static SetupResult run(Workspace workspace, Sandbox sandbox, Optional<String> setupCommand, Duration timeout)
      throws InterruptedException {
    try {
      Optional<String> script = setupCommand.filter(command -> !command.isBlank())
          .or(() -> Builds.detect(workspace.root(), workspace.language()).map(Build::setupScript)
              .filter(command -> !command.isBlank()));
      if (script.isEmpty()) {
        return SetupResult.nothingToRun("nothing to set up: no setup command is configured and none of the known"
            + " build files was found (" + Builds.KNOWN_FILES + "); for run_tests to run this repository's tests,"
            + " name their command in .fixer.yml (test: <command>), and what they need first (setup: <command>)");
      }
      ExecResult result = sandbox.exec(ExecRequest.shell(script.get()).withTimeout(timeout));
      return new SetupResult(script.get(), result.exitCode(), result.timedOut(), result.duration(),
          OutputCap.headTail(OutputTail.lastLines(result.stdout(), TAIL_LINES), TAIL_CHARS),
          sandbox.explain(result, "the setup script").orElse(""));
    } finally {
      sandbox.closeNetwork();
    }
  }
}
