package dev.fixer.runner.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit fixer last pushed to an issue's branch, kept as a hidden line of its status comment, so
 * that a later run can tell whether someone rewrote the branch (the commit is no longer in it).
 */
final class LastPush {

  private static final Pattern MARKER = Pattern.compile("<!-- fixer:pushed ([0-9a-f]{40}) -->");

  private LastPush() {}

  /** The hidden line that records {@code sha}, with the newline before it. */
  static String marker(String sha) {
    String line = "\n<!-- fixer:pushed " + sha + " -->";
    if (!MARKER.matcher(line).find()) {
      throw new IllegalArgumentException("not a full commit sha: " + sha);
    }
    return line;
  }

  /** The commit a status comment's {@link #marker} records; empty when it has none. */
  static Optional<String> in(String body) {
    Matcher matcher = MARKER.matcher(body == null ? "" : body);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
