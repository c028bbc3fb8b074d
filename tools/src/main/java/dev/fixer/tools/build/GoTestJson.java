package dev.fixer.tools.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the events of {@code go test -json}: one JSON object a line, among other output. A test's id
 * is its package and name, {@code example.com/calc.TestSub}, a subtest's {@code example.com/calc.TestSub/case}.
 */
final class GoTestJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_OUTPUT_LINES = 12;
  private static final Map<String, TestCase.Outcome> OUTCOMES = Map.of(
      "pass", TestCase.Outcome.PASSED, "fail", TestCase.Outcome.FAILED, "skip", TestCase.Outcome.SKIPPED);

  private GoTestJson() {}

  static Optional<TestReport> read(String output) {
    Map<String, List<String>> printed = new HashMap<>();
    List<TestFailure> failures = new ArrayList<>();
    List<TestCase> cases = new ArrayList<>();
    for (String line : output.split("\\R")) {
      JsonNode event = event(line);
      if (event == null || !event.hasNonNull("Test")) {
        continue;
      }
      String test = event.path("Package").asText() + "." + event.get("Test").asText();
      String action = event.path("Action").asText();
      if (action.equals("output")) {
        printed.computeIfAbsent(test, t -> new ArrayList<>()).add(event.path("Output").asText().stripTrailing());
      } else if (OUTCOMES.containsKey(action)) {
        cases.add(new TestCase(test, OUTCOMES.get(action)));
        if (action.equals("fail")) {
          failures.add(failure(test, printed.getOrDefault(test, List.of())));
        }
      }
    }
    int skipped = (int) cases.stream().filter(c -> c.outcome() == TestCase.Outcome.SKIPPED).count();
    return cases.isEmpty() ? Optional.empty()
        : Optional.of(new TestReport(cases.size(), failures.size(), 0, skipped, failures, cases));
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
