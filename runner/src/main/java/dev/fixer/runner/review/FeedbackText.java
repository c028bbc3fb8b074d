package dev.fixer.runner.review;

import dev.fixer.runner.github.ReviewComment;
import java.util.List;

/**
 * The review feedback as the model reads it, in the issue's text: what was asked, by whom and where,
 * then the other review comments on lines; every text as its author wrote it, code suggestions kept.
 */
final class FeedbackText {

  private FeedbackText() {}

  /**
   * @param asked the feedback that started the run
   * @param onLines the pull request's review comments on lines, oldest first; {@code asked} among them is
   *     not repeated, and fixer's own answers (with a {@code <!-- fixer:} marker) are left out
   */
  static String of(int pull, ReviewComment asked, List<ReviewComment> onLines) {
    StringBuilder text = new StringBuilder("## Review feedback on pull request #").append(pull).append("\n\n")
        .append("The pull request for this issue is under review, and its branch already holds a fix. Change the"
            + " code on that branch as this feedback asks; keep what the issue asked for working.\n\n")
        .append("### Asked by @").append(asked.author()).append(", ").append(where(asked)).append("\n\n")
        .append(asked.body().strip().isEmpty() ? "(no text: the review requests changes; see the comments"
            + " below)" : asked.body().strip()).append("\n");
    List<ReviewComment> others = onLines.stream().filter(comment -> comment.id() != asked.id())
        .filter(comment -> !comment.body().contains("<!-- fixer:")).toList();
    if (!others.isEmpty()) {
      text.append("\n### Review comments on lines\n");
      for (ReviewComment comment : others) {
        text.append("\n#### ").append(place(comment)).append(", by @").append(comment.author()).append("\n\n")
            .append(comment.body().strip()).append("\n");
      }
    }
    return text.toString();
  }

  private static String where(ReviewComment comment) {
    return comment.path().isEmpty() ? "on the pull request" : "on " + place(comment);
  }

  private static String place(ReviewComment comment) {
    return "`" + comment.path() + (comment.line() > 0 ? ":" + comment.line() : "") + "`";
  }
}
