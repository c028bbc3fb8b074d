package dev.fixer.core.prompt;

import java.util.regex.Pattern;

/**
 * The issue as the first user message: between {@code <issue>} and {@code </issue>}, so that the
 * model can tell the users' report from fixer's own words. Hidden HTML comments are taken out of the
 * body and the comments (fixer's own markers, such as {@code <!-- fixer:status -->}, stay), and text
 * that imitates a delimiter is neutralised, so it cannot end the block early.
 */
final class IssueBlock {

  static final String OPEN = "<issue>";
  static final String CLOSE = "</issue>";

  /** An HTML comment, or one left open to the end of the text, unless it is a fixer marker. */
  private static final Pattern HIDDEN = Pattern.compile("<!--(?!\\s*fixer:[\\w.-]*\\s*-->).*?(?:-->|\\z)", Pattern.DOTALL);
  private static final Pattern DELIMITER = Pattern.compile("<(?=\\s*/?\\s*issue\\b)", Pattern.CASE_INSENSITIVE);

  private IssueBlock() {}

  static String render(IssueText issue) {
    StringBuilder text = new StringBuilder("Resolve this issue.\n\n" + OPEN + "\n# ");
    text.append(safe(issue.title()));
    if (!issue.reference().isEmpty()) {
      text.append(" (").append(safe(issue.reference())).append(')');
    }
    if (!issue.author().isEmpty()) {
      text.append("\n\nOpened by ").append(safe(issue.author()));
    }
    if (!issue.labels().isEmpty()) {
      text.append(issue.author().isEmpty() ? "\n\n" : " · ").append("Labels: ")
          .append(safe(String.join(", ", issue.labels())));
    }
    String body = visible(issue.body());
    text.append("\n\n").append(body.isEmpty() ? "(The issue has no description.)" : body);
    if (!issue.comments().isEmpty()) {
      text.append("\n\n## Comments");
      for (IssueText.Comment comment : issue.comments()) {
        text.append("\n\n### ").append(safe(comment.author()));
        if (!comment.createdAt().isEmpty()) {
          text.append(" on ").append(safe(comment.createdAt()));
        }
        text.append("\n").append(visible(comment.body()));
      }
    }
    return text.append('\n').append(CLOSE).toString();
  }

  /** Markdown as GitHub shows it: without hidden comments, stripped, delimiters neutralised. */
  static String visible(String markdown) {
    return safe(HIDDEN.matcher(markdown).replaceAll("").strip());
  }

  /** The text with anything that looks like {@code <issue>} or {@code </issue>} made harmless. */
  static String safe(String text) {
    return DELIMITER.matcher(text).replaceAll("&lt;");
  }
}
