package dev.fixer.runner.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them: {@code 90s}, {@code 30m}, {@code 1h}, {@code 1h30m},
 * {@code 2h15m10s}, {@code 7d} (days of 24 hours), or ISO-8601 such as {@code PT30M}. Only positive
 * durations are accepted.
 */
public final class Durations {

  private static final Pattern COMPACT =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");
  private static final Pattern ZERO = Pattern.compile("0+");
  private static final String EXAMPLES = "write it like 90s, 30m, 1h, 1h30m or PT30M";

  private Durations() {}

  /**
   * Reads a duration; surrounding whitespace is ignored and units may be in either case.
   *
   * @throws IllegalArgumentException naming the text and giving examples when it is not a
   *     duration, has no unit, is not longer than zero or is too long to represent
   */
  public static Duration parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (BARE_NUMBER.matcher(trimmed).matches() && !ZERO.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "duration '" + text + "' has no unit: add a unit, e.g. " + trimmed + "m");
    }
    if (ZERO.matcher(trimmed).matches()) {
      throw notPositive(text);
    }
    boolean negated = trimmed.startsWith("-");
    Duration duration = parseUnsigned(negated ? trimmed.substring(1) : trimmed, text);
    if (negated || duration.isZero() || duration.isNegative()) {
      throw notPositive(text);
    }
    return duration;
  }

  /**
   * Writes a duration the way {@link #parse} reads it, in whole seconds: {@code 1h30m},
   * {@code 45s}, {@code 2m5s}; zero is {@code 0s}.
   *
   * @throws IllegalArgumentException if the duration is negative
   */
  public static String format(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot write a negative duration: " + duration);
    }
    long seconds = duration.getSeconds();
    StringBuilder text = new StringBuilder();
    append(text, seconds / 3600, 'h');
    append(text, seconds % 3600 / 60, 'm');
    append(text, seconds % 60, 's');
    return text.length() == 0 ? "0s" : text.toString();
  }

  private static Duration parseUnsigned(String text, String original) {
    if (text.regionMatches(true, 0, "P", 0, 1)) {
      try {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw notADuration(original);
      }
    }
    Matcher matcher = COMPACT.matcher(text);
    if (text.isEmpty() || !matcher.matches()) {
      throw notADuration(original);
    }
    try {
      long days = number(matcher.group(1));
      long hours = number(matcher.group(2));
      long minutes = number(matcher.group(3));
      long seconds = number(matcher.group(4));
      return Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "duration '" + original + "' is too long: " + EXAMPLES);
    }
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static IllegalArgumentException notPositive(String text) {
    return new IllegalArgumentException(
        "duration '" + text + "' must be longer than zero, e.g. 30m");
  }

  private static IllegalArgumentException notADuration(String text) {
    return new IllegalArgumentException("unknown duration '" + text + "': " + EXAMPLES);
  }

  private static void append(StringBuilder text, long amount, char unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }
}
