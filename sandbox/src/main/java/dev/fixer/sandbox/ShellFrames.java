package dev.fixer.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one stream of a {@link DockerShell} into the commands' output and the shell's frames: a
 * frame is the session's random marker, a body, and a line end. Bytes that may be the start of a
 * marker are held back until the next bytes tell; everything else passes on at once, so a listener
 * sees lines as they are printed. Fed by the stream's thread; {@link #rest} may come from another.
 */
final class ShellFrames {

  /** Where the bytes go. */
  interface Sink {

    void output(byte[] bytes, int offset, int length);

    /** A frame's body, e.g. {@code E 7 0}. */
    void frame(String body);
  }

  /** A frame body longer than this is not a frame: the shell's are a few numbers. */
  private static final int MAX_BODY = 64;

  private final byte[] marker;
  private final Sink sink;
  private byte[] pending = new byte[0];

  ShellFrames(String marker, Sink sink) {
    this.marker = marker.getBytes(StandardCharsets.US_ASCII);
    this.sink = sink;
  }

  synchronized void write(byte[] bytes, int offset, int length) {
    byte[] data = pending.length == 0 ? Arrays.copyOfRange(bytes, offset, offset + length) : concat(bytes, offset, length);
    int at = 0;
    while (true) {
      int found = indexOf(data, at);
      if (found < 0) {
        int held = heldBack(data, at);
        sink.output(data, at, data.length - at - held);
        pending = Arrays.copyOfRange(data, data.length - held, data.length);
        return;
      }
      int end = lineEnd(data, found + marker.length);
      if (end < 0) {
        sink.output(data, at, found - at);
        if (data.length - found > marker.length + MAX_BODY) {
          sink.output(data, found, marker.length);
          at = found + marker.length;
          continue;
        }
        pending = Arrays.copyOfRange(data, found, data.length);
        return;
      }
      sink.output(data, at, found - at);
      sink.frame(new String(data, found + marker.length, end - found - marker.length, StandardCharsets.US_ASCII));
      at = end + 1;
    }
  }

  private byte[] concat(byte[] bytes, int offset, int length) {
    byte[] data = Arrays.copyOf(pending, pending.length + length);
    System.arraycopy(bytes, offset, data, pending.length, length);
    return data;
  }

  private int indexOf(byte[] data, int from) {
    outer:
    for (int i = from; i <= data.length - marker.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (data[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lineEnd(byte[] data, int from) {
    for (int i = from; i < data.length && i <= from + MAX_BODY; i++) {
      if (data[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** How many bytes at the end of {@code data} are the start of a marker. */
  private int heldBack(byte[] data, int from) {
    for (int k = Math.min(marker.length - 1, data.length - from); k > 0; k--) {
      if (Arrays.equals(data, data.length - k, data.length, marker, 0, k)) {
        return k;
      }
    }
    return 0;
  }

  /** What was held back, for a stream that ended without its frame. */
  synchronized byte[] rest() {
    byte[] rest = pending;
    pending = new byte[0];
    return rest;
  }
}
