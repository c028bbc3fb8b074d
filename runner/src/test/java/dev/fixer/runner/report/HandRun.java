package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run directory written by hand in the shapes a run writes (run.json, trajectory.jsonl, result.json,
 * trajectory.patch), for texts and sizes a real run would take long to make.
 */
final class HandRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Object> lines = new ArrayList<>();
  private String title = "A title";
  private String body = "A body";
  private int step;
  private long elapsed;

  HandRun issue(String newTitle, String newBody) {
    title = newTitle;
    body = newBody;
    return this;
  }

  /** A step: request, reply with {@code reasoning} and one call, usage, the call, its result. */
  HandRun step(String reasoning, String tool, String arguments, String output, boolean failed) {
    step++;
    event("model_request").put("step", step).put("messages", step * 2);
    ObjectNode assistant = event("assistant").put("step", step).put("index", step * 2);
    ObjectNode message = assistant.putObject("message").put("role", "assistant").put("reasoning", reasoning)
        .put("content", reasoning.isEmpty() ? "" : "text " + reasoning);
    message.putArray("tool_calls").addObject().put("id", "c" + step).put("name", tool).put("arguments", arguments);
    ObjectNode usage = event("usage").put("step", step).put("cost_usd", 0.001);
    usage.putObject("usage").put("prompt_tokens", 1000L * step).put("cached_tokens", 500L * step)
        .put("completion_tokens", 100);
    event("tool_call").put("step", step).putObject("call").put("id", "c" + step).put("name", tool)
        .put("arguments", arguments);
    ObjectNode result = event("tool_result").put("step", step).put("index", step * 2 + 1).put("duration_ms", 42);
    result.putObject("message").put("role", "tool").put("tool_call_id", "c" + step).put("tool_name", tool)
        .put("content", output).put("failed", failed);
    return this;
  }

  HandRun finished() {
    event("run_finished").putObject("result").put("status", "COMPLETED").put("steps", step);
    return this;
  }

  /** A last line cut in the middle, as a killed run leaves it. */
  HandRun torn() {
    lines.add("{\"type\":\"model_request\",\"time\":\"2026-");
    return this;
  }

  private ObjectNode event(String type) {
    elapsed += 1000;
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", type).put("time", "2026-01-01T00:00:00Z")
        .put("elapsed_ms", elapsed);
    lines.add(node);
    return node;
  }

  /** Writes the run into {@code dir}; {@code result} is result.json's object, or null for none. */
  Path write(Path dir, ObjectNode result, String patch) throws IOException {
    Files.createDirectories(dir);
    ObjectNode record = JsonNodeFactory.instance.objectNode().put("version", 1).put("repo", "/r").put("branch", "b");
    record.putObject("issue").put("title", title).put("body", body).put("reference", "issue.md");
    record.putObject("plan").put("model", "hand");
    record.put("trajectory", dir.resolve("trajectory.jsonl").toString()).put("phase", "done");
    Files.writeString(dir.resolve("run.json"), record.toPrettyString());
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line instanceof String torn ? torn : line + "\n"));
    Files.writeString(dir.resolve("trajectory.jsonl"), text);
    if (result != null) {
      Files.writeString(dir.resolve("result.json"), result.toPrettyString());
    }
    if (patch != null) {
      Files.writeString(dir.resolve("trajectory.patch"), patch);
    }
    return dir;
  }

  /** A result.json of a fixed run with these texts. */
  static ObjectNode result(String status, String reason, String summary, String testId) {
    ObjectNode result = JsonNodeFactory.instance.objectNode().put("status", status).put("reason", reason)
        .put("summary", summary).put("cost_usd", 0.01).put("elapsed_ms", 5000);
    result.putObject("tokens").put("prompt", 3000).put("cached", 1500).put("completion", 300);
    ObjectNode verification = result.putObject("verification");
    ObjectNode transitions = verification.putObject("transitions");
    transitions.putArray("fail_to_pass").add(testId);
    transitions.putArray("pass_to_fail");
    transitions.put("pass_to_pass_count", 2);
    ArrayNode lines = verification.putArray("lines");
    lines.add("fails before, passes after: " + testId);
    return result;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
