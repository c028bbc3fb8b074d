package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tests the agent ran through {@code run_tests}, read from its trajectory: what verification runs
 * again once the agent is done.
 */
final class TestsAgentRan {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN_TESTS = "run_tests";

  private TestsAgentRan() {}

  /**
   * The named tests the agent ran, in first-run order; empty when it ran the whole suite at least
   * once or never called {@code run_tests}, so that verification runs the whole suite. Only calls
   * that the tool ran count: one refused for its arguments (not JSON, not fitting the schema) ran
   * nothing.
   */
  static List<String> in(List<Trajectory.Entry> entries) {
    Map<String, String> arguments = new HashMap<>();
    Set<String> named = new LinkedHashSet<>();
    boolean wholeSuite = false;
    boolean any = false;
    for (Trajectory.Entry entry : entries) {
      if (entry.event() instanceof AgentEvent.ToolStarted started && started.call().name().equals(RUN_TESTS)) {
        arguments.put(started.call().id(), started.call().arguments());
      } else if (entry.event() instanceof AgentEvent.ToolFinished finished && !finished.refused()
          && finished.message().toolName().equals(RUN_TESTS)
          && arguments.containsKey(finished.message().toolCallId())) {
        any = true;
        Optional<List<String>> tests = tests(arguments.get(finished.message().toolCallId()));
        if (tests.isEmpty() || tests.get().isEmpty()) {
          wholeSuite = true;
        } else {
          named.addAll(tests.get());
        }
      }
    }
    return !any || wholeSuite ? List.of() : List.copyOf(named);
  }

  private static Optional<List<String>> tests(String arguments) {
    try {
      JsonNode node = JSON.readTree(arguments.isBlank() ? "{}" : arguments).path("tests");
      List<String> tests = new ArrayList<>();
      if (node.isTextual()) {
        tests.add(node.asText());
      }
      node.forEach(test -> tests.add(test.asText()));
      tests.removeIf(String::isBlank);
      return Optional.of(tests.stream().map(String::strip).toList());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
