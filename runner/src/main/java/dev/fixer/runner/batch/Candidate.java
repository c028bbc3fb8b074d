package dev.fixer.runner.batch;

import java.util.Objects;

/**
 * An open issue the batch listed.
 *
 * @param number the issue number, positive
 * @param title its title
 */
public record Candidate(int number, String title) {

  public Candidate {
    if (number < 1) {
      throw new IllegalArgumentException("an issue number is positive, not " + number);
    }
    Objects.requireNonNull(title, "title");
  }
}
