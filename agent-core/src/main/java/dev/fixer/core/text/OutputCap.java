package dev.fixer.core.text;

/**
 * Caps text for a model's context: keeps the head and the tail, and marks the cut with its size.
 * The tail gets the larger share, since logs and test output end with what matters.
 */
public final class OutputCap {

  private OutputCap() {}

  /** {@code text} if it has at most {@code maxChars} characters, else its head and tail. */
  public static String headTail(String text, int maxChars) {
    if (maxChars < 200) {
      throw new IllegalArgumentException("an output cap below 200 characters leaves nothing to read");
    }
    if (text.length() <= maxChars) {
      return text;
    }
    int head = maxChars * 2 / 5;
    int tail = maxChars - head;
    int cutStart = lineStart(text, head);
    int cutEnd = lineEnd(text, text.length() - tail);
    int cut = cutEnd - cutStart;
    long cutLines = text.substring(cutStart, cutEnd).chars().filter(c -> c == '\n').count();
    return text.substring(0, cutStart)
        + "\n[... " + cut + " characters (" + cutLines + " lines) cut here ...]\n"
        + text.substring(cutEnd);
  }

  private static int lineStart(String text, int at) {
    int newline = text.lastIndexOf('\n', at);
    return newline > at / 2 ? newline + 1 : at;
  }

  private static int lineEnd(String text, int at) {
    int newline = text.indexOf('\n', at);
    return newline >= 0 && newline - at < 200 ? newline + 1 : at;
  }
}
