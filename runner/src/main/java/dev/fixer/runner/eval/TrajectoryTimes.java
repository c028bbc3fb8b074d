package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an agent's time went, read back from its {@code trajectory.jsonl}: waiting for the model
 * (from each {@code model_request} to its {@code assistant} reply) and running tests (the
 * {@code duration_ms} of each {@code run_tests} result). A missing file or torn line counts what it can.
 *
 * @param modelMs time spent waiting for model replies
 * @param testMs time the agent's {@code run_tests} calls took
 */
record TrajectoryTimes(long modelMs, long testMs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static TrajectoryTimes of(Path trajectory) {
    if (!Files.isRegularFile(trajectory)) {
      return new TrajectoryTimes(0, 0);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(trajectory);
    } catch (IOException e) {
      return new TrajectoryTimes(0, 0);
    }
    long model = 0;
    long tests = 0;
    long requested = -1;
    for (String line : lines) {
      JsonNode event = parse(line);
      switch (event.path("type").asText()) {
        case "model_request" -> requested = event.path("elapsed_ms").asLong();
        case "assistant" -> {
          if (requested >= 0) {
            model += Math.max(0, event.path("elapsed_ms").asLong() - requested);
            requested = -1;
          }
        }
        case "tool_result" -> {
          if (event.path("message").path("tool_name").asText().equals("run_tests")) {
            tests += event.path("duration_ms").asLong();
          }
        }
        default -> { }
      }
    }
    return new TrajectoryTimes(model, tests);
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
