package dev.fixer.runner.run;

import java.util.Map;

/**
 * Colour for a person at a terminal: the verdict that opens a run's summary in green (fixed), yellow
 * (unverified) or red (not fixed). Off when the output is not a terminal, and whenever
 * {@code NO_COLOR} is set to anything but the empty string (https://no-color.org).
 */
final class Colours {

  private static final String RESET = "\u001b[0m";

  private Colours() {}

  /** Whether to colour, for a stream that is ({@code terminal}) or is not a terminal. */
  static boolean wanted(boolean terminal, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }

  /** {@code summary} with its opening verdict coloured, when {@code colour}; else as it is. */
  static String verdict(String summary, boolean colour) {
    if (!colour) {
      return summary;
    }
    for (Map.Entry<String, String> verdict : Map.of("Fixed:", "\u001b[32m", "Unverified:", "\u001b[33m",
        "Not fixed:", "\u001b[31m").entrySet()) {
      if (summary.startsWith(verdict.getKey())) {
        return verdict.getValue() + verdict.getKey() + RESET + summary.substring(verdict.getKey().length());
      }
    }
    return summary;
  }
}
