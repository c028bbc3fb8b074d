package dev.fixer.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * One output stream as it is kept: the first bytes and the last bytes up to a cap, and the count of
 * everything. Written by one reader thread, read after it ends.
 */
final class CappedOutput {

  private final byte[] head;
  private final byte[] tail;
  private int headLength;
  private long tailWritten;
  private long total;
  private final OutputLines lines;

  CappedOutput(int maxBytes) {
    this(maxBytes, OutputListener.NONE);
  }

  /** @param listener sees every line written, also those the cap drops */
  CappedOutput(int maxBytes, OutputListener listener) {
    int headSize = maxBytes * 2 / 5;
    this.head = new byte[headSize];
    this.tail = new byte[maxBytes - headSize];
    this.lines = new OutputLines(listener);
  }

  void write(byte[] bytes, int offset, int length) {
    lines.write(bytes, offset, length);
    total += length;
    int toHead = Math.min(length, head.length - headLength);
    System.arraycopy(bytes, offset, head, headLength, toHead);
    headLength += toHead;
    offset += toHead;
    length -= toHead;
    if (length > tail.length) {
      offset += length - tail.length;
      tailWritten += length - tail.length;
      length = tail.length;
    }
    while (length > 0) {
      int at = (int) (tailWritten % tail.length);
      int chunk = Math.min(length, tail.length - at);
      System.arraycopy(bytes, offset, tail, at, chunk);
      tailWritten += chunk;
      offset += chunk;
      length -= chunk;
    }
  }

  long total() {
    return total;
  }

  /** The kept text; where bytes were cut, a line names how many. */
  String text() {
    String start = new String(head, 0, headLength, StandardCharsets.UTF_8);
    if (tailWritten == 0) {
      return start;
    }
    int kept = (int) Math.min(tailWritten, tail.length);
    byte[] end = new byte[kept];
    int from = (int) ((tailWritten - kept) % tail.length);
    int first = Math.min(kept, tail.length - from);
    System.arraycopy(tail, from, end, 0, first);
    System.arraycopy(tail, 0, end, first, kept - first);
    long cut = total - headLength - kept;
    String rest = new String(end, StandardCharsets.UTF_8);
    return cut == 0 ? start + rest : start + "\n[... " + cut + " bytes of output cut here ...]\n" + rest;
  }
}
