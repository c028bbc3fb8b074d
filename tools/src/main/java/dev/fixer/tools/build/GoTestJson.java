package dev.fixer.tools.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the events of {@code go test -json}: one JSON object a line, among other output. */
final class GoTestJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_OUTPUT_LINES = 12;

  private GoTestJson() {}

  static Optional<TestReport> read(String output) {
    Map<String, List<String>> printed = new HashMap<>();
    List<TestFailure> failures = new ArrayList<>();
    int run = 0;
    int failed = 0;
    int skipped = 0;
    for (String line : output.split("\\R")) {
      JsonNode event = event(line);
      if (event == null || !event.hasNonNull("Test")) {
        continue;
      }
      String test = event.path("Package").asText() + "." + event.get("Test").asText();
      switch (event.path("Action").asText()) {
        case "output" -> printed.computeIfAbsent(test, t -> new ArrayList<>()).add(event.path("Output").asText().stripTrailing());
        case "pass" -> run++;
        case "skip" -> {
          run++;
          skipped++;
        }
        case "fail" -> {
          run++;
          failed++;
          failures.add(failure(test, printed.getOrDefault(test, List.of())));
        }
        default -> { }
      }
    }
    return run == 0 ? Optional.empty() : Optional.of(new TestReport(run, failed, 0, skipped, failures));
  }

  private static TestFailure failure(String test, List<String> printed) {
    List<String> lines = printed.stream()
        .filter(line -> !line.isBlank() && !line.strip().startsWith("=== ") && !line.strip().startsWith("--- FAIL"))
        .limit(MAX_OUTPUT_LINES)
        .toList();
    String message = lines.isEmpty() ? "" : lines.get(0).strip();
    return new TestFailure(test, message, String.join("\n", lines));
  }

  private static JsonNode event(String line) {
    if (!line.startsWith("{")) {
      return null;
    }
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException notAnEvent) {
      return null;
    }
  }
}
