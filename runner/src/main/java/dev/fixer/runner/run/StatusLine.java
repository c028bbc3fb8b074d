package dev.fixer.runner.run;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one line at the bottom of a terminal that is redrawn in place: at most every 100 ms as things
 * change, on every tick, and again below each line printed above it. Off a terminal it draws nothing.
 * Not thread-safe: its owner synchronizes.
 */
final class StatusLine {

  private static final long REDRAW_MS = 100;
  private static final int WIDTH = 120;

  private final PrintWriter out;
  private final boolean terminal;
  private final LongSupplier clock;
  private final Supplier<String> text;
  private boolean active;
  private boolean shown;
  private long lastDraw;

  /** @param text what the line says now, already redacted and on one line */
  StatusLine(PrintWriter out, boolean terminal, LongSupplier clock, Supplier<String> text) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
    this.text = text;
  }

  /** The text changed: redraws, unless it was drawn less than 100 ms ago. */
  void changed() {
    active = true;
    if (terminal && clock.getAsLong() - lastDraw >= REDRAW_MS) {
      draw();
    }
  }

  /** Redraws, so that an elapsed time moves during a long silence. */
  void tick() {
    if (terminal && active) {
      draw();
    }
  }

  /** Removes the line until the next change. */
  void end() {
    clear();
    active = false;
  }

  /** Prints {@code line} above the status line. */
  void print(String line) {
    clear();
    out.println(line);
    if (terminal && active) {
      draw();
    }
    out.flush();
  }

  private void draw() {
    lastDraw = clock.getAsLong();
    String now = text.get();
    out.print("\r\033[K" + (now.length() > WIDTH ? now.substring(0, WIDTH - 1) + "…" : now));
    out.flush();
    shown = true;
  }

  private void clear() {
    if (shown) {
      out.print("\r\033[K");
      shown = false;
    }
  }
}
