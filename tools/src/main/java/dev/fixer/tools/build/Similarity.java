package dev.fixer.tools.build;

/** How far apart two names are, to suggest the ones the model may have meant. */
final class Similarity {

  private Similarity() {}

  /** The edit distance, made small when one name contains the other. */
  static int distance(String a, String b) {
    if (a.contains(b) || b.contains(a)) {
      return Math.abs(a.length() - b.length()) / 4;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
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
