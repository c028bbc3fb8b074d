package dev.fixer.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How a command ended.
 *
 * @param exitCode the exit code; 128 + the signal number when killed, -1 if it never started
 * @param stdout stdout (with stderr when merged), decoded as UTF-8, its middle cut if it was long
 * @param stderr stderr when kept apart, else empty
 * @param timedOut whether the command was killed at its timeout
 * @param outputLimited whether the command was killed for printing far more than anyone can read
 * @param duration wall-clock time from start to the end of the process tree
 * @param outputBytes how many bytes the command printed in all, before any cut
 */
public record ExecResult(
    int exitCode,
    String stdout,
    String stderr,
    boolean timedOut,
    boolean outputLimited,
    Duration duration,
    long outputBytes) {

  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(duration, "duration");
  }

  /** Whether the command ran to its end and exited 0. */
  public boolean succeeded() {
    return exitCode == 0 && !timedOut && !outputLimited;
  }
}
