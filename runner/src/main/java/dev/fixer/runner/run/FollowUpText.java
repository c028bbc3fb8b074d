package dev.fixer.runner.run;

import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.TextFiles;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The issue text of a follow-up run: the issue as it is, then the review feedback, then the pull
 * request's diff so far (GitHub's, or else the run's own with a note), cut at {@value #MAX_DIFF_BYTES}
 * bytes with a note. All of it is the issue's body, so it stays between the {@code <issue>} delimiters that mark text people wrote.
 */
final class FollowUpText {

  static final int MAX_DIFF_BYTES = 20_000;

  private FollowUpText() {}

  /** With the pull request's diff as GitHub gave it. */
  static IssueText of(IssueText issue, String feedback, String diff) {
    return of(issue, feedback, diff, Optional.empty());
  }

  /**
   * With {@code diff}; when GitHub did not give the diff, {@code unavailable} says why, and {@code diff} is
   * the one the run made from its checkout, which a note before it says.
   */
  static IssueText of(IssueText issue, String feedback, String diff, Optional<String> unavailable) {
    StringBuilder body = new StringBuilder(issue.body().strip());
    body.append("\n\n").append(feedback.strip()).append("\n\n### The pull request's diff so far\n\n");
    unavailable.ifPresent(reason -> body.append("(GitHub did not give the pull request's diff: ")
        .append(TextFiles.oneLine(reason)).append(". This diff is made from fixer's checkout instead, and may hold"
            + " more or less than the pull request's own change.)\n\n"));
    if (diff.isBlank()) {
      body.append("(no change yet)\n");
    } else {
      String shown = cut(diff);
      String fence = diff.contains("```") ? "~~~~" : "```";
      body.append(fence).append("diff\n").append(shown).append(shown.endsWith("\n") ? "" : "\n").append(fence)
          .append('\n');
      if (shown.length() < diff.length()) {
        body.append("\n(The diff is cut at ").append(MAX_DIFF_BYTES / 1000).append(" KB of ")
            .append(diff.getBytes(StandardCharsets.UTF_8).length / 1000).append(" KB; read the files for the rest.)\n");
      }
    }
    return new IssueText(issue.reference(), issue.title(), body.toString(), issue.comments(), issue.imageUrls(),
        issue.author(), issue.labels());
  }

  /** The diff's first {@value #MAX_DIFF_BYTES} bytes at most, ending at a line's end where there is one. */
  private static String cut(String diff) {
    byte[] bytes = diff.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_DIFF_BYTES) {
      return diff;
    }
    String head = new String(bytes, 0, MAX_DIFF_BYTES, StandardCharsets.UTF_8);
    int line = head.lastIndexOf('\n');
    return line > 0 ? head.substring(0, line + 1) : head;
  }
}
