package dev.fixer.runner.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A top-level key of {@code .fixer.yml} whose value is a mapping of its own, such as {@code verify:};
 * its keys are checked against the known ones and reported as {@code section.key} with their line.
 */
final class Section {

  private final String name;
  private final Map<?, ?> values;
  private final ToIntFunction<String> lineOf;

  private Section(String name, Map<?, ?> values, ToIntFunction<String> lineOf) {
    this.name = name;
    this.values = values;
    this.lineOf = lineOf;
  }

  /**
   * @throws BadValue if {@code raw} is not a mapping or holds a key not in {@code known}
   */
  static Section of(String name, Object raw, List<String> known, ToIntFunction<String> lineOf) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw new BadValue(name, "must be a mapping of " + String.join(", ", known) + ", got "
          + ConfigValues.describe(raw)).at(lineOf.applyAsInt(name));
    }
    for (Object key : map.keySet()) {
      String typed = String.valueOf(key);
      if (!known.contains(typed)) {
        String guess = ConfigErrors.closestKey(typed, known).map(k -> " did you mean '" + k + "'?").orElse("");
        throw new BadValue(name + "." + typed, "is not a known key:" + guess + " Known keys of " + name + ": "
            + String.join(", ", known)).at(lineOf.applyAsInt(name + "." + typed));
      }
    }
    return new Section(name, map, lineOf);
  }

  /** The value of {@code key} converted, or null when it is absent or null. */
  <T> T value(String key, Function<Object, T> convert) {
    Object raw = values.get(key);
    if (raw == null) {
      return null;
    }
    try {
      return convert.apply(raw);
    } catch (BadValue e) {
      throw e.at(lineOf.applyAsInt(name + "." + key));
    }
  }

  /** A problem with the section as a whole, at its line. */
  BadValue problem(String problem) {
    return new BadValue(name, problem).at(lineOf.applyAsInt(name));
  }
}
