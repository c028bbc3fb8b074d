package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Long texts made short: on one line, to their first and last lines, or to a number of characters. */
final class Folding {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Folding() {}

  /** {@code text} on one line, its white space runs made single spaces, cut to {@code max} characters with "…". */
  static String oneLine(String text, int max) {
    String line = visible(text).strip().replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, Math.max(0, max - 1)) + "…";
  }

  /**
   * The first {@code head} and last {@code tail} lines of {@code text}, with "… N lines …" for those left
   * out between them; each line cut to {@code width} characters.
   */
  static List<String> lines(String text, int head, int tail, int width) {
    List<String> all = text.isBlank() ? List.of() : List.of(visible(text).stripTrailing().split("\n", -1));
    List<String> kept = new ArrayList<>();
    if (all.size() <= head + tail + 1) {
      all.forEach(line -> kept.add(cut(line, width)));
      return kept;
    }
    all.subList(0, head).forEach(line -> kept.add(cut(line, width)));
    kept.add("… " + (all.size() - head - tail) + " lines …");
    all.subList(all.size() - tail, all.size()).forEach(line -> kept.add(cut(line, width)));
    return kept;
  }

  /** A tool call's arguments in short: {@code key=value} pairs on one line, or the text itself when not JSON. */
  static String arguments(String arguments, int max) {
    JsonNode node;
    try {
      node = JSON.readTree(arguments);
    } catch (java.io.IOException e) {
      return oneLine(arguments, max);
    }
    if (node == null || !node.isObject()) {
      return oneLine(arguments, max);
    }
    List<String> pairs = new ArrayList<>();
    node.fields().forEachRemaining(field -> pairs.add(field.getKey() + "="
        + oneLine(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString(), 60)));
    return oneLine(String.join(" ", pairs), max);
  }

  /**
   * {@code text} without what a terminal would act on: colour codes and carriage returns dropped, other control characters
   * but tab and newline shown as {@code ?}, so that a tool's output cannot move the cursor or recolour.
   */
  static String visible(String text) {
    return text.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace("\r", "").replaceAll("[\\p{Cc}&&[^\\t\\n]]", "?");
  }

  /** {@code text} cut to {@code max} characters; the cut never splits a surrogate pair. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }

  /** Milliseconds in words: {@code 850 ms}, {@code 3.2 s}, {@code 2m05s}. */
  static String duration(long ms) {
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = ms / 1000;
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  /** A cost in dollars, or "cost unknown". */
  static String cost(Double usd) {
    return usd == null ? "cost unknown" : String.format(Locale.ROOT, "$%.4f", usd);
  }
}
