package dev.fixer.runner.config;

import dev.fixer.tools.build.Language;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for config values: checks on typed values (shared by {@link RepoConfig} and the file
 * reader) and conversions from what YAML holds. Every failure is a {@link BadValue}.
 */
final class ConfigValues {

  static final int MAX_STEPS_LIMIT = 4000;
  static final int MIN_CONTEXT_WINDOW = 8192;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
  private static final BigInteger MIN_STEPS = BigInteger.ONE;
  private static final BigInteger MAX_STEPS = BigInteger.valueOf(MAX_STEPS_LIMIT);
  private static final int SHOWN_CHARS = 40;

  private ConfigValues() {}

  static String text(String key, String value) {
    if (value != null && value.isBlank()) {
      throw new BadValue(key, "must not be empty: remove the key to leave it unset");
    }
    return value;
  }

  static String url(String key, String value) {
    text(key, value);
    if (value != null && !isHttpUrl(value.strip())) {
      throw new BadValue(key, "must be an http(s) URL such as https://api.example.com/v1, got "
          + describe(value));
    }
    return value == null ? null : value.strip();
  }

  static Integer maxSteps(Integer value) {
    if (value != null && (value < 1 || value > MAX_STEPS_LIMIT)) {
      throw stepsOutOfRange(value.toString());
    }
    return value;
  }

  static Double maxCost(Double value) {
    if (value != null && !(value > 0 && Double.isFinite(value))) {
      throw new BadValue("max_cost", "must be more than 0 US dollars, got " + value);
    }
    return value;
  }

  static Duration positive(String key, Duration value) {
    if (value != null && (value.isZero() || value.isNegative())) {
      throw new BadValue(key, "must be longer than zero, got " + value);
    }
    return value;
  }

  static String asText(String key, Object raw) {
    if (raw instanceof String text) {
      return text(key, text);
    }
    String hint = raw instanceof Number || raw instanceof Boolean ? ": put it in quotes" : "";
    throw new BadValue(key, "must be text, got " + describe(raw) + hint);
  }

  static String asUrl(String key, Object raw) {
    return url(key, asText(key, raw));
  }

  static Boolean asBoolean(String key, Object raw) {
    if (raw instanceof Boolean flag) {
      return flag;
    }
    if (raw instanceof String text
        && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    throw new BadValue(key, "must be true or false, got " + describe(raw));
  }

  static Integer asMaxSteps(Object raw) {
    BigInteger steps = wholeNumber(raw);
    if (steps == null) {
      throw new BadValue("max_steps", "must be a whole number, got " + describe(raw));
    }
    if (steps.compareTo(MIN_STEPS) < 0 || steps.compareTo(MAX_STEPS) > 0) {
      throw stepsOutOfRange(steps.toString());
    }
    return steps.intValueExact();
  }

  static Double asMaxCost(Object raw) {
    Double cost = raw instanceof Number number ? Double.valueOf(number.doubleValue())
        : decimal(raw);
    if (cost == null) {
      throw new BadValue("max_cost",
          "must be a number of US dollars such as 2.50, got " + describe(raw));
    }
    return maxCost(cost);
  }

  static Duration asDuration(String key, Object raw) {
    if (!(raw instanceof String || raw instanceof Number)) {
      throw new BadValue(key, "must be a duration such as 30m or 1h30m, got " + describe(raw));
    }
    try {
      return Durations.parse(raw.toString());
    } catch (IllegalArgumentException e) {
      throw new BadValue(key, "is not valid: " + e.getMessage());
    }
  }

  static SandboxChoice asSandbox(Object raw) {
    if (raw instanceof String text) {
      try {
        return SandboxChoice.parse(text);
      } catch (IllegalArgumentException e) {
        // reported below with the key's own wording
      }
    }
    throw new BadValue("sandbox", "must be auto, docker, bwrap or none, got " + describe(raw));
  }

  static VerifyConfig.Scope asScope(Object raw) {
    String text = asText("verify.scope", raw);
    try {
      return VerifyConfig.Scope.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadValue("verify.scope", "must be suite, changed-modules or command, got " + describe(raw));
    }
  }

  static PublishUnverified asPublishUnverified(Object raw) {
    if (raw instanceof Boolean flag && !flag) {
      return PublishUnverified.NO;
    }
    if (raw instanceof String text) {
      try {
        return PublishUnverified.parse(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new BadValue("publish_unverified", "must be draft or no, got " + describe(raw));
  }

  static OnSetupFailure asOnSetupFailure(Object raw) {
    if (raw instanceof String text) {
      try {
        return OnSetupFailure.parse(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new BadValue("on_setup_failure", "must be stop or continue, got " + describe(raw));
  }

  static Language asLanguage(Object raw) {
    if (raw instanceof String text) {
      Optional<Language> language = Language.named(text);
      if (language.isPresent()) {
        return language.get();
      }
    }
    throw new BadValue("language", "must be " + Language.accepted() + " (the build fixer uses; unset, it is detected"
        + " from the files at the root), got " + describe(raw));
  }

  static ReviewScope asReviewScope(Object raw) {
    if (raw instanceof String text) {
      try {
        return ReviewScope.parse(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new BadValue("review", "must be fixer-prs or any-pr, got " + describe(raw));
  }

  static Double asPrice(String key, Object raw) {
    Double price = raw instanceof Number number ? Double.valueOf(number.doubleValue()) : decimal(raw);
    if (price == null || price < 0 || !Double.isFinite(price)) {
      throw new BadValue(key, "must be a price in USD per million tokens such as 0.60, got " + describe(raw));
    }
    return price;
  }

  static Integer asContextWindow(Object raw) {
    BigInteger tokens = wholeNumber(raw);
    if (tokens == null || tokens.compareTo(BigInteger.valueOf(MIN_CONTEXT_WINDOW)) < 0
        || tokens.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new BadValue("model.context_window", "must be a whole number of tokens, at least "
          + MIN_CONTEXT_WINDOW + ", such as 131072, got " + describe(raw));
    }
    return tokens.intValueExact();
  }

  /** A value as a message shows it: text quoted on one line and shortened; lists, maps by kind. */
  static String describe(Object raw) {
    if (raw instanceof List) {
      return "a list";
    }
    if (raw instanceof Map) {
      return "a mapping";
    }
    if (raw instanceof String text) {
      String line = text.strip().replaceAll("\\s+", " ");
      return "'" + (line.length() > SHOWN_CHARS ? line.substring(0, SHOWN_CHARS) + "..." : line)
          + "'";
    }
    return String.valueOf(raw);
  }

  private static BadValue stepsOutOfRange(String steps) {
    return new BadValue("max_steps", "must be between 1 and " + MAX_STEPS_LIMIT + ", got " + steps);
  }

  private static BigInteger wholeNumber(Object raw) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short
        || raw instanceof Byte) {
      return BigInteger.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof BigInteger big) {
      return big;
    }
    if (raw instanceof String text && WHOLE_NUMBER.matcher(text.strip()).matches()) {
      return new BigInteger(text.strip());
    }
    return null;
  }

  private static Double decimal(Object raw) {
    if (!(raw instanceof String text)) {
      return null;
    }
    String amount = text.strip();
    amount = amount.startsWith("$") ? amount.substring(1).strip() : amount;
    try {
      return Double.valueOf(amount);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
