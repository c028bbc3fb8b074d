package dev.fixer.runner.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of a batch's or an evaluation's table.
 *
 * @param key the issue ({@code #12}) or the instance id
 * @param title the issue title, or the instance's repository
 * @param status how fixer's run ended
 * @param score the evaluation's score status; empty for a batch
 * @param prUrl the pull request; empty when none
 * @param steps the agent's steps
 * @param costUsd what the run cost; null when unknown
 * @param elapsedMs how long it took
 * @param reason why it ended so
 * @param runDir the run's directory, when there is one
 * @param page the file name of the run's page
 */
record IndexRow(String key, String title, String status, String score, String prUrl, int steps, Double costUsd,
    long elapsedMs, String reason, Optional<Path> runDir, String page) {

  IndexRow {
    title = title == null ? "" : title;
    status = status == null || status.isEmpty() ? "not run" : status;
    score = score == null ? "" : score;
    prUrl = prUrl == null ? "" : prUrl;
    reason = reason == null ? "" : reason;
  }

  /** This row without a run page (its run could not be read). */
  IndexRow withoutRun(String why) {
    return new IndexRow(key, title, status, score, prUrl, steps, costUsd, elapsedMs,
        reason.isEmpty() ? why : reason + " (" + why + ")", Optional.empty(), page);
  }
}
