package dev.fixer.tools;

import java.util.Arrays;
import java.util.List;

/**
 * Why an edit's {@code old_str} was not found: the lines of the file most like it, numbered, and how
 * they differ (only whitespace, only line endings, or the first line that differs), so that the model
 * can copy the text exactly the next time.
 */
final class ClosestMatch {

  private static final int MAX_COMPARED_LINES = 20;
  private static final double SHOW_FROM = 0.5;
  private static final int MAX_SHOWN_LINE = 300;

  private record Window(int first, int count, double score) {}

  private ClosestMatch() {}

  /** The message for the model when {@code old} (already normalized) does not occur in {@code file}. */
  static String explain(String name, TextFile file, String old, String replacement) {
    List<String> fileLines = file.lines();
    List<String> oldLines = Lines.of(old);
    StringBuilder out = new StringBuilder("old_str was not found in '" + name + "'.");
    Window best = best(fileLines, oldLines);
    if (best == null || best.score() < SHOW_FROM) {
      out.append(" No part of the file resembles it closely; read the file again with read_file and copy"
          + " the text exactly as it is now.\n");
    } else {
      int last = best.first() + best.count();
      out.append(" The most similar lines are ").append(best.first() + 1).append('-').append(last)
          .append(":\n").append(Lines.numbered(fileLines, best.first() + 1, last, MAX_SHOWN_LINE))
          .append(difference(fileLines.subList(best.first(), last), oldLines, best.first())).append('\n');
    }
    int already = replacement.isBlank() ? -1 : file.text().indexOf(replacement);
    if (already >= 0) {
      out.append("new_str already occurs in the file, at line ").append(Lines.numberAt(file.text(), already))
          .append(": the edit may have been made already.\n");
    }
    return out.toString();
  }

  private static Window best(List<String> fileLines, List<String> oldLines) {
    int count = Math.min(oldLines.size(), fileLines.size());
    if (count == 0) {
      return null;
    }
    int compared = Math.min(count, MAX_COMPARED_LINES);
    int[][] old = oldLines.subList(0, compared).stream().map(ClosestMatch::bigrams).toArray(int[][]::new);
    int[][] lines = fileLines.stream().map(ClosestMatch::bigrams).toArray(int[][]::new);
    Window best = null;
    for (int first = 0; first + count <= lines.length; first++) {
      double sum = 0;
      for (int j = 0; j < compared; j++) {
        sum += similarity(old[j], lines[first + j]);
      }
      if (best == null || sum / compared > best.score()) {
        best = new Window(first, count, sum / compared);
      }
    }
    return best;
  }

  private static String difference(List<String> window, List<String> oldLines, int offset) {
    String windowText = String.join("\n", window);
    String oldText = String.join("\n", oldLines);
    if (windowText.replace("\r", "").equals(oldText.replace("\r", ""))) {
      return "They differ from old_str only in line endings: the file mixes CRLF and LF, so write \\r\\n"
          + " where these lines end in CRLF.";
    }
    if (windowText.replaceAll("\\s+", "").equals(oldText.replaceAll("\\s+", ""))) {
      return "They differ from old_str only in whitespace or indentation" + indentation(windowText, oldText)
          + ": copy them exactly, with the file's tabs and spaces.";
    }
    for (int i = 0; i < Math.min(window.size(), oldLines.size()); i++) {
      if (!window.get(i).equals(oldLines.get(i))) {
        return "The first difference is at line " + (offset + i + 1) + ". The file has:\n"
            + shorten(window.get(i)) + "\nold_str has:\n" + shorten(oldLines.get(i));
      }
    }
    return oldLines.size() > window.size()
        ? "old_str has " + oldLines.size() + " lines, more than the file's " + window.size() + "."
        : "They match old_str line by line, but not where lines break: the file may end without the"
            + " newline that old_str ends with.";
  }

  private static String indentation(String fileText, String oldText) {
    if (fileText.indexOf('\t') >= 0 && oldText.indexOf('\t') < 0) {
      return " (the file indents with tabs)";
    }
    return oldText.indexOf('\t') >= 0 && fileText.indexOf('\t') < 0 ? " (the file indents with spaces)" : "";
  }

  private static String shorten(String line) {
    String text = line.length() > MAX_SHOWN_LINE ? line.substring(0, MAX_SHOWN_LINE) + " [...]" : line;
    return "  " + text.replace("\t", "\\t").replace("\r", "\\r");
  }

  /** The line's character pairs, whitespace collapsed, sorted; a line too short for a pair is itself. */
  private static int[] bigrams(String line) {
    String text = line.strip().replaceAll("\\s+", " ");
    if (text.length() < 2) {
      return text.isEmpty() ? new int[0] : new int[] {-1 - text.charAt(0)};
    }
    int[] pairs = new int[text.length() - 1];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
    }
    Arrays.sort(pairs);
    return pairs;
  }

  /** Dice's coefficient of two sorted multisets; two blank lines are alike. */
  private static double similarity(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == b.length ? 1.0 : 0.0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }
}
