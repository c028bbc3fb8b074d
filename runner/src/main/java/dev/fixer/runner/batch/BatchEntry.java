package dev.fixer.runner.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One issue's line in the batch state file: where its run is and how it ended.
 *
 * @param number the issue number, positive
 * @param title the issue title
 * @param status how far the issue got
 * @param runDir the directory of its run, once one started
 * @param prUrl the pull request it opened, if any
 * @param steps the agent steps the run took
 * @param promptTokens prompt tokens, cached ones included
 * @param cachedTokens the prompt tokens served from the cache
 * @param completionTokens completion tokens
 * @param costUsd what the run cost, in US dollars; 0 when unknown
 * @param elapsedMs how long the run took
 * @param exitCode the exit code of the run, once it ended
 * @param reason why it ended so, on one line; empty until it says
 * @param updatedAt when the entry last changed
 */
public record BatchEntry(int number, String title, Status status, Optional<Path> runDir, Optional<String> prUrl,
    int steps, long promptTokens, long cachedTokens, long completionTokens, double costUsd, long elapsedMs,
    OptionalInt exitCode, String reason, Instant updatedAt) {

  /** How far an issue got. */
  public enum Status {
    PENDING, RUNNING, FIXED, UNVERIFIED, NOT_FIXED, FAILED, SKIPPED;

    /** Whether the issue is done with: a batch started again leaves it alone. A FAILED one is tried again. */
    public boolean finished() {
      return this == FIXED || this == UNVERIFIED || this == NOT_FIXED || this == SKIPPED;
    }
  }

  public BatchEntry {
    if (number < 1) {
      throw new IllegalArgumentException("an issue number is positive, not " + number);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(runDir, "runDir");
    Objects.requireNonNull(prUrl, "prUrl");
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (steps < 0 || promptTokens < 0 || cachedTokens < 0 || completionTokens < 0 || elapsedMs < 0) {
      throw new IllegalArgumentException("steps, tokens and time are not negative in the entry of issue " + number);
    }
    if (!(costUsd >= 0) || Double.isInfinite(costUsd)) {
      throw new IllegalArgumentException("the cost of issue " + number + " is not a finite amount: " + costUsd);
    }
  }

  /** A new entry for an issue nothing has happened to yet. */
  public static BatchEntry pending(int number, String title, Instant at) {
    return new BatchEntry(number, title, Status.PENDING, Optional.empty(), Optional.empty(), 0, 0, 0, 0, 0, 0,
        OptionalInt.empty(), "", at);
  }

  /** This entry with its run started (or started again) in {@code dir}. */
  public BatchEntry running(Path dir) {
    return new BatchEntry(number, title, Status.RUNNING, Optional.of(dir), prUrl, steps, promptTokens, cachedTokens,
        completionTokens, costUsd, elapsedMs, OptionalInt.empty(), "", updatedAt);
  }

  /**
   * This entry with its run over: {@code FIXED}, {@code NOT_FIXED}, {@code FAILED} (tried again next
   * time) or {@code SKIPPED}.
   *
   * @throws IllegalArgumentException for {@code PENDING} or {@code RUNNING}
   */
  public BatchEntry ended(Status end, OptionalInt code, String why) {
    if (end == Status.PENDING || end == Status.RUNNING) {
      throw new IllegalArgumentException("a run does not end as " + end);
    }
    return new BatchEntry(number, title, end, runDir, prUrl, steps, promptTokens, cachedTokens, completionTokens,
        costUsd, elapsedMs, code, why, updatedAt);
  }

  /** This entry with the pull request its fix opened. */
  public BatchEntry withPullRequest(String url) {
    return new BatchEntry(number, title, status, runDir, Optional.of(url), steps, promptTokens, cachedTokens,
        completionTokens, costUsd, elapsedMs, exitCode, reason, updatedAt);
  }

  /** This entry with what its run used, all of it (a resumed run reports its totals, not what it added). */
  public BatchEntry withUsage(int stepCount, long prompt, long cached, long completion, double cost, long ms) {
    return new BatchEntry(number, title, status, runDir, prUrl, stepCount, prompt, cached, completion, cost, ms,
        exitCode, reason, updatedAt);
  }

  /** This entry as changed at {@code at}. */
  public BatchEntry at(Instant at) {
    return new BatchEntry(number, title, status, runDir, prUrl, steps, promptTokens, cachedTokens, completionTokens,
        costUsd, elapsedMs, exitCode, reason, at);
  }
}
