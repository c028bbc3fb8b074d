package dev.fixer.runner.eval;

import java.util.Objects;

/**
 * A dataset line that was skipped under {@code --skip-invalid}, and why.
 *
 * @param line the line's number, 1-based
 * @param reason what is wrong with it, on one line
 */
public record InvalidLine(int line, String reason) {

  public InvalidLine {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, not " + line);
    }
    Objects.requireNonNull(reason, "reason");
  }
}
