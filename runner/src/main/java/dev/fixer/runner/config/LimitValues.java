package dev.fixer.runner.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code limits:} and {@code sandbox: bind:} values as {@code .fixer.yml} writes them. */
final class LimitValues {

  static final long MIN_MEMORY = 256L << 20;
  static final int MIN_PROCESSES = 64;
  static final int MAX_PROCESSES = 1 << 22;

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)(i?b)?", Pattern.CASE_INSENSITIVE);
  private static final String SIZE_EXAMPLES = "a size such as 8g, 6GiB or 512m";

  private LimitValues() {}

  /** A size in bytes: {@code 8g}, {@code 8G}, {@code 8GiB}, {@code 512m}; units are binary. */
  static long asMemory(String key, Object raw) {
    if (!(raw instanceof String || raw instanceof Integer || raw instanceof Long)) {
      throw new BadValue(key, "must be " + SIZE_EXAMPLES + ", got " + ConfigValues.describe(raw));
    }
    Matcher matcher = SIZE.matcher(raw.toString().strip());
    if (!matcher.matches()) {
      throw new BadValue(key, "must be " + SIZE_EXAMPLES + ", got " + ConfigValues.describe(raw));
    }
    int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    long bytes;
    try {
      bytes = Math.multiplyExact(Long.parseLong(matcher.group(1)), 1L << shift);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new BadValue(key, "is too large, got " + ConfigValues.describe(raw));
    }
    if (bytes < MIN_MEMORY) {
      throw new BadValue(key, "must be at least 256m, got " + ConfigValues.describe(raw)
          + (shift == 0 ? " (bytes: write a unit, as in 8g)" : ""));
    }
    return bytes;
  }

  static int asProcesses(String key, Object raw) {
    if (!(raw instanceof Integer count)) {
      throw new BadValue(key, "must be a whole number such as 4096, got " + ConfigValues.describe(raw));
    }
    if (count < MIN_PROCESSES || count > MAX_PROCESSES) {
      throw new BadValue(key, "must be between " + MIN_PROCESSES + " and " + MAX_PROCESSES + ", got " + count);
    }
    return count;
  }

  /**
   * The paths of {@code sandbox.bind} as written: each absolute or under {@code ~/}, and none that
   * would show secrets, as far as the text tells; {@link BindPaths} checks them again on the host.
   */
  static List<String> asBind(String key, Object raw) {
    List<?> items = raw instanceof List<?> list ? list : raw instanceof String ? List.of(raw) : null;
    if (items == null) {
      throw new BadValue(key, "must be a list of paths such as [~/.cargo, ~/.rustup], got "
          + ConfigValues.describe(raw));
    }
    List<String> paths = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String text) || text.isBlank()) {
        throw new BadValue(key, "must list paths such as ~/.cargo, got " + ConfigValues.describe(item));
      }
      String path = text.strip();
      BindPaths.refusalOf(path).ifPresent(problem -> {
        throw new BadValue(key, problem);
      });
      paths.add(path);
    }
    return paths;
  }
}
