package dev.fixer.tools;

import java.util.ArrayList;
import java.util.List;

/** Text as numbered lines, the way the file tools show it: {@code "  12\tcode"}. */
final class Lines {

  /** Lines longer than this are cut where the tools show them. */
  static final int MAX_LINE_CHARS = 2000;

  private Lines() {}

  /** The lines of {@code text}, split at {@code \n}; a final newline does not start another line. */
  static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }

  /** How many lines {@code text} spans: {@code "a\nb"} and {@code "a\nb\n"} are both 2. */
  static int count(String text) {
    return of(text).size();
  }

  /** The 1-based number of the line that {@code index} of {@code text} is on. */
  static int numberAt(String text, int index) {
    int number = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
      number++;
    }
    return number;
  }

  /** Lines {@code from} to {@code to} (1-based, inclusive, clamped to the lines there are), numbered. */
  static String numbered(List<String> lines, int from, int to, int maxLineChars) {
    int first = Math.max(1, from);
    int last = Math.min(lines.size(), to);
    int width = width(last);
    StringBuilder out = new StringBuilder();
    for (int number = first; number <= last; number++) {
      out.append(row(number, width, lines.get(number - 1), maxLineChars));
    }
    return out.toString();
  }

  /** How wide the numbers are when the last one shown is {@code last}. */
  static int width(int last) {
    return Math.max(4, String.valueOf(last).length());
  }

  /** One numbered line, ending in a newline; its text cut at {@code maxLineChars} with a marker. */
  static String row(int number, int width, String line, int maxLineChars) {
    String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (text.length() > maxLineChars) {
      int cut = Character.isHighSurrogate(text.charAt(maxLineChars - 1)) ? maxLineChars - 1 : maxLineChars;
      text = text.substring(0, cut) + " [... line cut: " + (text.length() - cut) + " more characters]";
    }
    return String.format("%" + width + "d\t", number) + text + "\n";
  }
}
