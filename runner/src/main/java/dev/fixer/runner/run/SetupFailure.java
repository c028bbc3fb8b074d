package dev.fixer.runner.run;

import dev.fixer.tools.SetupResult;
import java.util.List;
import java.util.Objects;

/**
 * A setup command that failed, as the console, the summary, {@code result.json} and the status
 * comment show it. Its text is not redacted here: everything fixer prints or writes is, on the way out.
 *
 * @param command the script that failed
 * @param exitCode its exit code
 * @param timedOut whether it was killed at its timeout
 * @param tail the last {@value #TAIL_LINES} lines of its output, terminal escape codes removed
 * @param stopped whether the run ended for it, before the agent started
 * @param why what became of the run and why, naming {@code on_setup_failure}
 * @param cause why the sandbox made it fail (a limit, with the setting to raise), or empty
 */
record SetupFailure(String command, int exitCode, boolean timedOut, String tail, boolean stopped, String why,
    String cause) {

  static final int TAIL_LINES = 20;

  SetupFailure {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(tail, "tail");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(cause, "cause");
  }

  /** The failure of {@code setup}, which ran and failed; what became of the run is said by {@code why}. */
  static SetupFailure of(SetupResult setup, boolean stopped, String why) {
    return new SetupFailure(setup.command(), setup.exitCode(), setup.timedOut(), tailOf(setup.outputTail()), stopped,
        why, setup.cause());
  }

  /** The last {@value #TAIL_LINES} lines of {@code output}, without escape codes or trailing blank lines. */
  static String tailOf(String output) {
    List<String> lines = TerminalText.plain(output).stripTrailing().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }

  /**
   * E.g. {@code `make deps` failed (exit code 2)}, followed by the sandbox's cause where it has one; a
   * script of several lines is named by its first and "…".
   */
  String headline() {
    List<String> lines = command.strip().lines().toList();
    String named = lines.isEmpty() ? command : lines.get(0) + (lines.size() > 1 ? " …" : "");
    return "`" + named + "` failed (exit code " + exitCode + (timedOut ? ", timed out" : "") + ")"
        + (cause.isEmpty() ? "" : ": " + cause);
  }

  /** The headline of a failed {@code setup}. */
  static String headline(SetupResult setup) {
    return new SetupFailure(setup.command(), setup.exitCode(), setup.timedOut(), "", false, "", setup.cause())
        .headline();
  }
}
