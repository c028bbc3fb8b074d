package dev.fixer.tools.build;

import dev.fixer.core.text.EditDistance;

/** How far apart two names are, to suggest the ones the model may have meant. */
final class Similarity {

  private Similarity() {}

  /** The edit distance, made small when one name contains the other. */
  static int distance(String a, String b) {
    if (a.contains(b) || b.contains(a)) {
      return Math.abs(a.length() - b.length()) / 4;
    }
    return EditDistance.between(a, b);
  }

  /** How many leading characters the names share. */
  static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
