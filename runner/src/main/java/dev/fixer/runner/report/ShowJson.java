package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A run as {@code fixer show --json} prints it, one object: {@code run_dir}, {@code title}, {@code model},
 * {@code cut_off}, {@code finished}, {@code steps} (each with its {@code tool_calls}, their whole
 * arguments and output), {@code totals}, {@code elapsed_ms}, {@code outcome} ({@code result.json} as it is,
 * or null) and {@code patch}.
 */
final class ShowJson {

  private ShowJson() {}

  static ObjectNode of(RunView run, Optional<JsonNode> result) {
    ObjectNode root = JsonNodeFactory.instance.objectNode().put("run_dir", run.dir().toString())
        .put("title", run.title()).put("model", run.model()).put("trajectory", run.trajectory().toString())
        .put("cut_off", run.torn()).put("finished", run.finished());
    ArrayNode steps = root.putArray("steps");
    run.steps().forEach(step -> steps.add(step(step)));
    tokens(root.putObject("totals"), run.totals());
    root.put("elapsed_ms", run.elapsedMs());
    root.set("outcome", result.orElse(JsonNodeFactory.instance.nullNode()));
    return root.put("patch", run.patch());
  }

  private static ObjectNode step(Step step) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("step", step.number()).put("note", step.note())
        .put("elapsed_ms", step.elapsedMs()).put("trajectory_line", step.line()).put("reasoning", step.reasoning())
        .put("text", step.text());
    tokens(node.putObject("tokens"), step.tokens());
    ArrayNode calls = node.putArray("tool_calls");
    for (Call call : step.calls()) {
      ObjectNode c = calls.addObject().put("id", call.id()).put("name", call.name())
          .put("arguments", call.arguments()).put("done", call.done());
      if (call.done()) {
        c.put("output", call.output()).put("failed", call.failed()).put("duration_ms", call.durationMs())
            .put("trajectory_line", call.outputLine());
      }
    }
    return node;
  }

  private static void tokens(ObjectNode node, Tokens tokens) {
    node.put("prompt", tokens.prompt()).put("cached", tokens.cached()).put("completion", tokens.completion())
        .put("cost_usd", tokens.costUsd());
  }
}
