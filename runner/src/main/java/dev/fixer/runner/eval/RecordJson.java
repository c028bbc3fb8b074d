package dev.fixer.runner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** {@link InferenceRecord} and {@link ScoreRecord} as snake_case JSON objects, and back. */
final class RecordJson {

  private RecordJson() {}

  static ObjectNode encode(InferenceRecord record) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("instance_id", record.instanceId())
        .put("status", record.status()).put("reason", record.reason()).put("exit_code", record.exitCode())
        .put("steps", record.steps());
    node.putObject("tokens").put("prompt", record.promptTokens()).put("cached", record.cachedTokens())
        .put("completion", record.completionTokens());
    return node.put("cost_usd", record.costUsd()).put("agent_ms", record.agentMs()).put("wall_ms", record.wallMs())
        .put("model_ms", record.modelMs()).put("test_ms", record.testMs()).put("patch_bytes", record.patchBytes())
        .put("run_dir", record.runDir());
  }

  /** @throws IllegalArgumentException naming the field that is missing or wrong */
  static InferenceRecord inference(JsonNode node) {
    JsonNode tokens = field(node, "tokens");
    JsonNode cost = field(node, "cost_usd");
    if (!cost.isNull() && !cost.isNumber()) {
      throw new IllegalArgumentException("\"cost_usd\" is not a number");
    }
    return new InferenceRecord(text(node, "instance_id"), text(node, "status"), text(node, "reason"),
        (int) whole(node, "exit_code"), (int) whole(node, "steps"), whole(tokens, "prompt"), whole(tokens, "cached"),
        whole(tokens, "completion"), cost.isNull() ? null : cost.doubleValue(), whole(node, "agent_ms"),
        whole(node, "wall_ms"), whole(node, "model_ms"), whole(node, "test_ms"), whole(node, "patch_bytes"),
        text(node, "run_dir"));
  }

  static ObjectNode encode(ScoreRecord record) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("instance_id", record.instanceId())
        .put("status", record.status()).put("reason", record.reason()).put("patch", record.patch());
    outcomes(node.putObject("fail_to_pass"), record.failToPassPassed(), record.failToPassFailed());
    outcomes(node.putObject("pass_to_pass"), record.passToPassPassed(), record.passToPassFailed());
    strings(node.putArray("missing"), record.missing());
    return node.put("predictions", record.predictions()).put("wall_ms", record.wallMs())
        .put("test_ms", record.testMs());
  }

  /** @throws IllegalArgumentException naming the field that is missing or wrong */
  static ScoreRecord score(JsonNode node) {
    JsonNode f2p = field(node, "fail_to_pass");
    JsonNode p2p = field(node, "pass_to_pass");
    return new ScoreRecord(text(node, "instance_id"), text(node, "status"), text(node, "reason"),
        text(node, "patch"), strings(f2p, "passed"), strings(f2p, "failed"), strings(p2p, "passed"),
        strings(p2p, "failed"), strings(node, "missing"), text(node, "predictions"), whole(node, "wall_ms"),
        whole(node, "test_ms"));
  }

  private static void outcomes(ObjectNode node, List<String> passed, List<String> failed) {
    strings(node.putArray("passed"), passed);
    strings(node.putArray("failed"), failed);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isArray()) {
      throw new IllegalArgumentException("\"" + name + "\" is not an array");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException("\"" + name + "\" holds " + item + ", not a string");
      }
      values.add(item.asText());
    }
    return values;
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new IllegalArgumentException("it has no \"" + name + "\"");
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" is not a string");
    }
    return value.asText();
  }

  private static long whole(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("\"" + name + "\" is not a whole number");
    }
    return value.longValue();
  }
}
