package dev.fixer.runner.runs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One run directory as {@code fixer runs} and {@code fixer clean} see it.
 *
 * @param started when the run began, from its directory's name, else its trajectory, else run.json
 * @param costUsd what the model cost, from result.json; empty when unknown or the run has no result
 * @param bytes the size of everything in the directory
 * @param lastChange when run.json, result.json or the trajectory last changed
 * @param unpublishedFix a fixed or unverified change with a branch or patch and no pull request
 */
public record RunEntry(Path dir, Instant started, OptionalInt issueNumber, String issueTitle, RunOutcome outcome,
    Optional<Double> costUsd, long bytes, Instant lastChange, boolean unpublishedFix) {

  public RunEntry {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(issueNumber, "issueNumber");
    Objects.requireNonNull(issueTitle, "issueTitle");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(costUsd, "costUsd");
    Objects.requireNonNull(lastChange, "lastChange");
  }

  /** {@code #42} for a GitHub issue, else the issue's title. */
  public String issue() {
    return issueNumber.isPresent() ? "#" + issueNumber.getAsInt() : issueTitle;
  }
}
