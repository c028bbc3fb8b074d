package dev.fixer.runner.review;

import dev.fixer.runner.run.RunReport;

/** What fixer answers on a pull request once a follow-up run has ended. */
final class FollowUpReplies {

  /** Marks fixer's answers, so that a later follow-up leaves them out of the feedback. */
  static final String MARKER = "<!-- fixer:follow-up -->";

  private FollowUpReplies() {}

  /** The commit fixer added and its verdict, or why it added none. */
  static String after(String actor, RunReport report) {
    String commit = report.json().path("commit").asText("");
    String verdict = "**" + report.status().replace('_', ' ') + "**: " + report.reason().strip();
    if (!commit.isEmpty() && report.prUrl().isPresent()) {
      return "@" + actor + " fixer added commit " + commit.substring(0, Math.min(12, commit.length()))
          + " on top of this pull request's branch, pushed without force. " + verdict + "\n\n" + MARKER;
    }
    return "@" + actor + " fixer pushed nothing for this request. " + verdict + "\n\n" + MARKER;
  }
}
