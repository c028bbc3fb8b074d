package dev.fixer.runner.git;

import java.util.List;

/**
 * git's {@code --stat} summary of a list of changes, laid out as {@code git diff --stat} prints it to
 * a pipe (80 columns): one line per file with its count and a {@code +}/{@code -} bar scaled like
 * git's, then the totals. Binary files show as {@code 0}, since {@link FileChange} carries no sizes.
 */
public final class Diffstat {

  private static final int WIDTH = 80;

  private Diffstat() {}

  /**
   * The summary, lines separated by {@code \n} and no newline at the end, e.g.
   * <pre>{@code
   *  src/main/java/demo/Calc.java | 4 ++--
   *  1 file changed, 2 insertions(+), 2 deletions(-)
   * }</pre>
   * or {@code no changes} for an empty list. The files keep the list's order.
   */
  public static String format(List<FileChange> changes) {
    if (changes.isEmpty()) {
      return "no changes";
    }
    int maxChange = 0;
    int maxName = 0;
    for (FileChange change : changes) {
      maxChange = Math.max(maxChange, change.added() + change.removed());
      maxName = Math.max(maxName, width(change.path()));
    }
    int numberWidth = String.valueOf(maxChange).length();
    int graphWidth = maxChange;
    int nameWidth = maxName;
    if (nameWidth + numberWidth + 6 + graphWidth > WIDTH) {
      if (graphWidth > WIDTH * 3 / 8 - numberWidth - 6) {
        graphWidth = Math.max(6, WIDTH * 3 / 8 - numberWidth - 6);
      }
      if (nameWidth > WIDTH - numberWidth - 6 - graphWidth) {
        nameWidth = WIDTH - numberWidth - 6 - graphWidth;
      } else {
        graphWidth = WIDTH - numberWidth - 6 - nameWidth;
      }
    }
    StringBuilder out = new StringBuilder();
    long insertions = 0;
    long deletions = 0;
    for (FileChange change : changes) {
      line(out, change, nameWidth, numberWidth, graphWidth, maxChange);
      insertions += change.added();
      deletions += change.removed();
    }
    return out.append(summary(changes.size(), insertions, deletions)).toString();
  }

  private static void line(StringBuilder out, FileChange change, int nameWidth, int numberWidth, int graphWidth,
      int maxChange) {
    String name = change.path();
    String prefix = "";
    int len = nameWidth;
    if (nameWidth < width(name)) {
      prefix = "...";
      len = Math.max(0, len - 3);
      name = name.substring(name.offsetByCodePoints(0, width(name) - len));
      int slash = name.indexOf('/');
      if (slash >= 0) {
        name = name.substring(slash);
      }
    }
    int total = change.added() + change.removed();
    int add = change.added();
    int del = change.removed();
    if (graphWidth <= maxChange) {
      int scaled = scale(total, graphWidth, maxChange);
      if (scaled < 2 && add > 0 && del > 0) {
        scaled = 2;
      }
      if (add < del) {
        add = scale(add, graphWidth, maxChange);
        del = scaled - add;
      } else {
        del = scale(del, graphWidth, maxChange);
        add = scaled - del;
      }
    }
    out.append(' ').append(prefix).append(name).append(" ".repeat(Math.max(0, len - width(name))))
        .append(" | ").append(" ".repeat(numberWidth - String.valueOf(total).length())).append(total)
        .append(total > 0 ? " " : "").append("+".repeat(add)).append("-".repeat(del)).append('\n');
  }

  /** git's scale_linear: at least one column for any change. */
  private static int scale(int it, int width, int maxChange) {
    return it == 0 ? 0 : 1 + (int) ((long) it * (width - 1) / maxChange);
  }

  private static String summary(int files, long insertions, long deletions) {
    StringBuilder line = new StringBuilder(" ").append(files).append(files == 1 ? " file changed" : " files changed");
    if (insertions > 0 || deletions == 0) {
      line.append(", ").append(insertions).append(insertions == 1 ? " insertion(+)" : " insertions(+)");
    }
    if (deletions > 0 || insertions == 0) {
      line.append(", ").append(deletions).append(deletions == 1 ? " deletion(-)" : " deletions(-)");
    }
    return line.toString();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
