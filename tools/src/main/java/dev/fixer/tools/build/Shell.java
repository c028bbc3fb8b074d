package dev.fixer.tools.build;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for {@code bash -c} scripts. */
final class Shell {

  private Shell() {}

  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  static String quoteAll(List<String> words) {
    return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
  }
}
