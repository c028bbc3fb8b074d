package dev.fixer.runner.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown split into its first heading (the title) and everything else (the body). A YAML front
 * matter block at the top is dropped; headings inside fenced code blocks do not count.
 */
record MarkdownIssue(String title, String body) {

  private static final Pattern ATX =
      Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
  private static final Pattern BLOCK_START =
      Pattern.compile(" {0,3}(>.*|[-*+]([ \\t].*)?|\\d{1,9}[.)]([ \\t].*)?|<.*)");
  private static final Pattern INDENTED_CODE = Pattern.compile("( {4,}|\\t).*");

  /** Parses Markdown with '\n' line ends; empty when it has no heading with text. */
  static Optional<MarkdownIssue> parse(String markdown) {
    List<String> lines = List.of(markdown.split("\n", -1));
    lines = lines.subList(frontMatterEnd(lines), lines.size());
    int paragraph = -1;
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (fence != null) {
        fence = closes(fence, line) ? null : fence;
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      Matcher atx = ATX.matcher(line);
      if (opening.matches()) {
        fence = opening.group(1);
        paragraph = -1;
      } else if (atx.matches()) {
        String title = atx.group(1) == null ? "" : atx.group(1).strip();
        if (!title.isEmpty()) {
          return Optional.of(split(lines, i, i + 1, title));
        }
        paragraph = -1;
      } else if (paragraph >= 0 && SETEXT_UNDERLINE.matcher(line).matches()) {
        List<String> text = lines.subList(paragraph, i).stream().map(String::strip).toList();
        return Optional.of(split(lines, paragraph, i + 1, String.join(" ", text)));
      } else if (line.isBlank() || BLOCK_START.matcher(line).matches()
          || SETEXT_UNDERLINE.matcher(line).matches()) {
        paragraph = -1;
      } else if (paragraph < 0 && !INDENTED_CODE.matcher(line).matches()) {
        paragraph = i;
      }
    }
    return Optional.empty();
  }

  private static MarkdownIssue split(List<String> lines, int from, int to, String title) {
    List<String> body = new ArrayList<>(lines.subList(0, from));
    body.addAll(lines.subList(to, lines.size()));
    return new MarkdownIssue(title, String.join("\n", body).strip());
  }

  /** The index of the first line after a front matter block, 0 when there is none. */
  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean closes(String fence, String line) {
    String trimmed = line.strip();
    return trimmed.length() >= fence.length()
        && trimmed.chars().allMatch(c -> c == fence.charAt(0))
        && line.length() - line.stripLeading().length() <= 3;
  }
}
