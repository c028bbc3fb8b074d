package dev.fixer.tools;

import java.util.Arrays;
import java.util.List;

/** The end of a command's output, where builds print what matters. */
final class OutputTail {

  private OutputTail() {}

  /** The last {@code lines} lines of {@code text}, trailing blank lines dropped. */
  static String lastLines(String text, int lines) {
    List<String> all = Arrays.asList(text.stripTrailing().split("\\R", -1));
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }
}
