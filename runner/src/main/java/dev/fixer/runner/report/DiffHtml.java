package dev.fixer.runner.report;

/** A unified diff as HTML: added, removed, hunk and file lines each in their colour. */
final class DiffHtml {

  static final int MAX_CHARS = 1_000_000;

  private DiffHtml() {}

  static void write(Html page, String diff, String source) {
    if (diff.isBlank()) {
      page.el("p", "muted", "The run made no diff.");
      return;
    }
    String shown = diff.length() > MAX_CHARS ? Folding.cut(diff, MAX_CHARS) : diff;
    page.raw("<pre class=\"diff\" id=\"diff\">");
    for (String line : shown.stripTrailing().split("\n", -1)) {
      page.el("span", kind(line), line.isEmpty() ? " " : line);
      if (kind(line) == null) {
        page.raw("\n");
      }
    }
    page.raw("</pre>");
    if (shown.length() < diff.length()) {
      page.el("p", "truncated", "The diff is cut at " + MAX_CHARS + " characters; the whole one is in " + source + ".");
    }
  }

  private static String kind(String line) {
    if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff --git")) {
      return "file";
    }
    if (line.startsWith("@@")) {
      return "hunk";
    }
    if (line.startsWith("+")) {
      return "add";
    }
    return line.startsWith("-") ? "del" : null;
  }
}
