package dev.fixer.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rg --json} printed, as much of it as was kept: the matches of the head, grouped by
 * file, and the totals of the closing summary. Lines cut from the middle of the output are simply
 * not there; the totals still count them.
 */
final class RipgrepResults {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LINE_CHARS = 300;

  /** One matching line. */
  record Match(long line, String text) {}

  private final Map<String, List<Match>> byFile = new LinkedHashMap<>();
  private final Map<String, Long> fileMatches = new java.util.HashMap<>();
  private long totalMatches = -1;
  private long filesWithMatches = -1;

  /**
   * Reads the matches of the first files until {@code enough} matches are in, and the summary at
   * the end; a broad search's middle is never parsed.
   */
  static RipgrepResults parse(String output, int enough) {
    RipgrepResults results = new RipgrepResults();
    int at = 0;
    long matches = 0;
    while (at < output.length() && matches < enough) {
      int end = output.indexOf('\n', at);
      end = end < 0 ? output.length() : end;
      if (results.accept(output.substring(at, end))) {
        matches++;
      }
      at = end + 1;
    }
    int summary = output.lastIndexOf("\"type\":\"summary\"");
    if (summary >= at) {
      int start = output.lastIndexOf('\n', summary) + 1;
      int end = output.indexOf('\n', summary);
      results.accept(output.substring(start, end < 0 ? output.length() : end));
    }
    return results;
  }

  /** Takes in one line of output; true if it was a match. */
  private boolean accept(String line) {
    if (!line.startsWith("{")) {
      return false;
    }
    JsonNode message;
    try {
      message = JSON.readTree(line);
    } catch (JsonProcessingException cutInHalf) {
      return false;
    }
    JsonNode data = message.path("data");
    switch (message.path("type").asText()) {
      case "match" -> {
        byFile.computeIfAbsent(path(data), p -> new ArrayList<>())
            .add(new Match(data.path("line_number").asLong(), lineText(data)));
        return true;
      }
      case "end" -> fileMatches.put(path(data), data.path("stats").path("matches").asLong());
      case "summary" -> {
        totalMatches = data.path("stats").path("matches").asLong();
        filesWithMatches = data.path("stats").path("searches_with_match").asLong();
      }
      default -> { }
    }
    return false;
  }

  private static String path(JsonNode data) {
    String path = data.path("path").path("text").asText("(a file whose name is not UTF-8)");
    return path.startsWith("./") ? path.substring(2) : path;
  }

  private static String lineText(JsonNode data) {
    JsonNode lines = data.path("lines");
    if (!lines.has("text")) {
      return "(a line that is not UTF-8 text)";
    }
    String text = lines.get("text").asText().stripTrailing();
    if (text.length() <= MAX_LINE_CHARS) {
      return text;
    }
    int start = Math.max(0, data.path("submatches").path(0).path("start").asInt() - MAX_LINE_CHARS / 3);
    int end = Math.min(text.length(), start + MAX_LINE_CHARS);
    return (start > 0 ? "..." : "") + text.substring(start, end) + "... (" + text.length() + " characters)";
  }

  Map<String, List<Match>> byFile() {
    return byFile;
  }

  /** How many matches {@code file} has in all, as far as is known. */
  long matchesIn(String file) {
    return fileMatches.getOrDefault(file, (long) byFile.getOrDefault(file, List.of()).size());
  }

  /** Whether the closing summary was seen, so the totals are known. */
  boolean complete() {
    return totalMatches >= 0;
  }

  long totalMatches() {
    return complete() ? totalMatches : byFile.values().stream().mapToLong(List::size).sum();
  }

  long filesWithMatches() {
    return complete() ? filesWithMatches : byFile.size();
  }
}
