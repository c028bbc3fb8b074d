package dev.fixer.runner.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.fixer.core.text.EditDistance;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** One-line usage errors for a config file, naming the file and, where known, the line. */
final class ConfigErrors {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final String KNOWN_KEYS = String.join(", ", ConfigFields.KEYS);

  private ConfigErrors() {}

  static FixerException badValue(Path file, BadValue e) {
    return usage(e.key() + " in " + where(file, e.line()) + " " + e.problem(), e);
  }

  static FixerException notAMapping(Path file, JsonToken first) {
    String got = switch (first) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> first.toString();
    };
    return usage("the top level of " + file
        + " must be a mapping of keys such as 'test: mvn -q test', got " + got, null);
  }

  static FixerException secondDocument(Path file, int line) {
    return usage(where(file, line) + " holds a second YAML document: keep a single mapping of keys",
        null);
  }

  /** Jackson or SnakeYAML could not read the file: bad syntax or a repeated key. */
  static FixerException unparsable(Path file, IOException e) {
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null) {
      return usage(where(file, line(yaml.getProblemMark())) + " is not valid YAML: "
          + yaml.getProblem() + context(yaml), e);
    }
    JacksonException jackson = e instanceof JacksonException j ? j : null;
    String detail = jackson == null ? e.getMessage() : jackson.getOriginalMessage();
    int line = jackson == null ? 0 : line(jackson.getLocation());
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(detail));
    if (duplicate.find()) {
      return usage("key '" + duplicate.group(1) + "' appears twice in " + where(file, line)
          + ": keep one", e);
    }
    return usage("cannot read " + where(file, line) + ": " + firstLine(detail), e);
  }

  static FixerException unknownKey(Path file, String key, int line, Throwable cause) {
    String suggestion = closestKey(key).map(known -> " did you mean '" + known + "'?").orElse("");
    return usage("unknown key '" + key + "' in " + where(file, line) + ":" + suggestion
        + " Known keys: " + KNOWN_KEYS, cause);
  }

  /** The known top-level key a mistyped one most likely meant, if any is close. */
  static Optional<String> closestKey(String key) {
    return closestKey(key, ConfigFields.KEYS);
  }

  /** The one of {@code keys} a mistyped key most likely meant, if any is close. */
  static Optional<String> closestKey(String key, List<String> keys) {
    String typed = key.toLowerCase(Locale.ROOT).replace('-', '_');
    return keys.stream()
        .filter(known -> EditDistance.between(typed, known) <= Math.max(2, known.length() / 3))
        .min(Comparator.comparingInt(known -> EditDistance.between(typed, known)));
  }

  private static FixerException usage(String message, Throwable cause) {
    return FixerException.usage(TextFiles.oneLine(message), cause);
  }

  private static String where(Path file, int line) {
    return file + (line > 0 ? " (line " + line + ")" : "");
  }

  private static String context(MarkedYAMLException yaml) {
    if (yaml.getContext() == null) {
      return "";
    }
    int line = line(yaml.getContextMark());
    return " (" + yaml.getContext() + (line > 0 ? " that starts on line " + line : "") + ")";
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException yaml) {
        return yaml;
      }
    }
    return null;
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : Math.max(location.getLineNr(), 0);
  }

  private static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "unknown problem";
    }
    return text.strip().lines().findFirst().orElse("");
  }
}
