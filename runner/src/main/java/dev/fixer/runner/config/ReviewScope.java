package dev.fixer.runner.config;

import java.util.Locale;

/**
 * Which pull requests a {@code /fixer} review comment, or a review that requests changes, makes fixer
 * work on ({@code review:}). Unset, {@link #FIXER_PRS}.
 */
public enum ReviewScope {
  /** Only fixer's own pull requests, from a {@code PREFIXissue-N} branch ({@code fixer/issue-N} by default). */
  FIXER_PRS,
  /** Any open pull request from a branch of the repository (a fork's cannot be pushed to). */
  ANY_PR;

  /** As {@code .fixer.yml} writes it: {@code fixer-prs} or {@code any-pr}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @throws IllegalArgumentException naming the text and the accepted values */
  public static ReviewScope parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "fixer-prs" -> FIXER_PRS;
      case "any-pr" -> ANY_PR;
      default -> throw new IllegalArgumentException("must be fixer-prs or any-pr, got '" + text + "'");
    };
  }
}
