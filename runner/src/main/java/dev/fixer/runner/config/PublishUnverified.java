package dev.fixer.runner.config;

import java.util.Locale;

/** What becomes of a change that no test shows to fix the issue ({@code publish_unverified:}). */
public enum PublishUnverified {
  /** It stays in the run directory as a patch; nothing is pushed. */
  NO,
  /** With {@code --open-pr}, it is pushed and opened as a draft pull request that says it is unverified. */
  DRAFT;

  /** @throws IllegalArgumentException naming the text and the accepted values */
  public static PublishUnverified parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "draft" -> DRAFT;
      case "no", "false", "none" -> NO;
      default -> throw new IllegalArgumentException("must be draft or no, got '" + text + "'");
    };
  }
}
