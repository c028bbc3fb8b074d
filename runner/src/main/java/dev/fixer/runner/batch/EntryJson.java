package dev.fixer.runner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.runner.batch.BatchEntry.Status;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** A {@link BatchEntry} as a JSON object, the one shape the state file and the report share. */
final class EntryJson {

  private EntryJson() {}

  static ObjectNode encode(BatchEntry entry) {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("number", entry.number()).put("title", entry.title())
        .put("status", entry.status().name().toLowerCase(Locale.ROOT))
        .put("pr_url", entry.prUrl().orElse(null)).put("steps", entry.steps());
    node.putObject("tokens").put("prompt", entry.promptTokens()).put("cached", entry.cachedTokens())
        .put("completion", entry.completionTokens());
    node.put("cost_usd", entry.costUsd()).put("elapsed_ms", entry.elapsedMs());
    if (entry.exitCode().isPresent()) {
      node.put("exit_code", entry.exitCode().getAsInt());
    } else {
      node.putNull("exit_code");
    }
    return node.put("reason", entry.reason()).put("run_dir", entry.runDir().map(Path::toString).orElse(null))
        .put("updated_at", entry.updatedAt().toString());
  }

  /** @throws IllegalArgumentException naming the field that is missing or wrong */
  static BatchEntry decode(JsonNode node) {
    JsonNode tokens = field(node, "tokens");
    OptionalInt exitCode = field(node, "exit_code").isNull() ? OptionalInt.empty()
        : OptionalInt.of(small(node, "exit_code"));
    return new BatchEntry(small(node, "number"), text(node, "title"), status(text(node, "status")),
        optionalText(node, "run_dir").map(Path::of), optionalText(node, "pr_url"), small(node, "steps"),
        whole(tokens, "prompt"), whole(tokens, "cached"), whole(tokens, "completion"), amount(node, "cost_usd"),
        whole(node, "elapsed_ms"), exitCode, text(node, "reason"), instant(text(node, "updated_at")));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'updated_at' is not a time: " + text, e);
    }
  }

  private static Status status(String text) {
    try {
      return Status.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status '" + text + "'", e);
    }
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new IllegalArgumentException("an issue has no '" + name + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + name + "' is not a string");
    }
    return value.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String name) {
    return field(node, name).isNull() ? Optional.empty() : Optional.of(text(node, name));
  }

  private static long whole(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("'" + name + "' is not a whole number");
    }
    return value.longValue();
  }

  private static int small(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException("'" + name + "' is not a whole number");
    }
    return value.intValue();
  }

  private static double amount(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("'" + name + "' is not a number");
    }
    return value.doubleValue();
  }
}
