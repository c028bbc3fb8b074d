package dev.fixer.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Splits an output stream's bytes into lines for an {@link OutputListener}; a very long line is passed on in parts. */
final class OutputLines {

  static final int MAX_LINE_BYTES = 4096;

  private final OutputListener listener;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  OutputLines(OutputListener listener) {
    this.listener = listener;
  }

  void write(byte[] bytes, int offset, int length) {
    if (listener == OutputListener.NONE) {
      return;
    }
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        emit();
      } else {
        line.write(b);
        if (line.size() >= MAX_LINE_BYTES) {
          emit();
        }
      }
    }
  }

  private void emit() {
    if (line.size() == 0) {
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    try {
      listener.line(text);
    } catch (RuntimeException ignored) {
      // a listener's failure must not cost the command its output
    }
  }
}
