package dev.fixer.tools;

import java.time.Duration;
import java.util.Objects;

/**
 * What the setup phase did.
 *
 * @param command the script that ran; empty if there was nothing to run
 * @param exitCode its exit code; 0 if nothing ran
 * @param timedOut whether it was killed at its timeout
 * @param duration how long it ran
 * @param outputTail the last lines of its output, or why nothing ran
 * @param cause why the sandbox made it fail (e.g. killed at the memory limit, naming the setting to
 *     raise), or empty
 */
public record SetupResult(String command, int exitCode, boolean timedOut, Duration duration, String outputTail,
    String cause) {

  public SetupResult {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(outputTail, "outputTail");
    Objects.requireNonNull(cause, "cause");
  }

  /** A result that the sandbox did not explain. */
  public SetupResult(String command, int exitCode, boolean timedOut, Duration duration, String outputTail) {
    this(command, exitCode, timedOut, duration, outputTail, "");
  }

  static SetupResult nothingToRun(String why) {
    return new SetupResult("", 0, false, Duration.ZERO, why);
  }

  /** Whether a command ran. */
  public boolean ran() {
    return !command.isEmpty();
  }

  /** Whether there was nothing to run or the command ended with exit code 0. */
  public boolean succeeded() {
    return exitCode == 0 && !timedOut;
  }
}
