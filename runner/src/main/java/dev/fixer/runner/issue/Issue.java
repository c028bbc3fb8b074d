package dev.fixer.runner.issue;

import dev.fixer.core.prompt.IssueText;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An issue ready for a run.
 *
 * @param text the issue as the model reads it
 * @param number the GitHub issue number when known
 * @param slug a branch-name-safe short form of the title: lower-case ASCII letters and digits in
 *     words joined by single '-', at most {@value #MAX_SLUG_LENGTH} characters
 * @param repo OWNER/NAME when the issue was read from GitHub
 */
public record Issue(IssueText text, OptionalInt number, String slug, Optional<String> repo) {

  /** The longest a slug may be. */
  public static final int MAX_SLUG_LENGTH = 40;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Issue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(repo, "repo");
    if (number.isPresent() && number.getAsInt() < 1) {
      throw new IllegalArgumentException("an issue number is at least 1, got " + number.getAsInt());
    }
    if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("not a branch-name-safe slug: '" + slug + "'");
    }
  }

  public Issue(IssueText text, OptionalInt number, String slug) {
    this(text, number, slug, Optional.empty());
  }

  /** An issue whose slug is made from its title, as {@link #slugOf} describes. */
  public static Issue of(IssueText text, OptionalInt number) {
    return new Issue(text, number, slugOf(text.title()));
  }

  /** Issue {@code number} of the GitHub repository {@code repo}. */
  public static Issue onGitHub(IssueText text, int number, String repo) {
    return new Issue(text, OptionalInt.of(number), slugOf(text.title()), Optional.of(repo));
  }

  /**
   * A branch-name-safe short form of a title: its ASCII letters (lower-cased) and digits, with
   * every run of anything else turned into one '-', trimmed of '-', cut to at most
   * {@value #MAX_SLUG_LENGTH} characters at a '-' where there is one; {@code issue} if nothing is
   * left.
   */
  public static String slugOf(String title) {
    StringBuilder slug = new StringBuilder();
    for (char c : title.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        slug.append((char) (c - 'A' + 'a'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    String words = trimDashes(slug.toString());
    if (words.length() > MAX_SLUG_LENGTH) {
      boolean cutAtBoundary = words.charAt(MAX_SLUG_LENGTH) == '-';
      words = words.substring(0, MAX_SLUG_LENGTH);
      int lastDash = words.lastIndexOf('-');
      words = trimDashes(cutAtBoundary || lastDash < 0 ? words : words.substring(0, lastDash));
    }
    return words.isEmpty() ? "issue" : words;
  }

  private static String trimDashes(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(0, end);
  }
}
