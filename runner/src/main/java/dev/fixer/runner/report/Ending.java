package dev.fixer.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run ended, from its {@code result.json} (see {@code OutcomeReport}): the verdict, the test
 * transitions, the summary and the totals.
 *
 * @param status {@code fixed}, {@code unverified} or {@code not_fixed}
 * @param reason why, in words
 * @param summary the model's summary
 * @param transitions the test ids by kind ({@code fail_to_pass}, {@code pass_to_fail}, ...), non-empty kinds
 *     only, in result.json's order
 * @param passToPass how many tests passed before and after
 * @param lines the verdict in lines, as the run printed them
 * @param tokens the run's tokens and cost
 * @param elapsedMs the agent's active time
 * @param patch the patch file result.json names; empty when none
 */
record Ending(String status, String reason, String summary, Map<String, List<String>> transitions,
    int passToPass, List<String> lines, Tokens tokens, long elapsedMs, String patch) {

  Ending {
    transitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
    lines = List.copyOf(lines);
  }

  static Ending of(JsonNode result) {
    JsonNode verification = result.path("verification");
    Map<String, List<String>> transitions = new LinkedHashMap<>();
    verification.path("transitions").fields().forEachRemaining(field -> {
      if (field.getValue().isArray() && !field.getValue().isEmpty()) {
        transitions.put(field.getKey(), texts(field.getValue()));
      }
    });
    JsonNode tokens = result.path("tokens");
    return new Ending(result.path("status").asText("?"), result.path("reason").asText(""),
        result.path("summary").asText(""), transitions,
        verification.path("transitions").path("pass_to_pass_count").asInt(), texts(verification.path("lines")),
        new Tokens(tokens.path("prompt").asLong(), tokens.path("cached").asLong(), tokens.path("completion").asLong(),
            result.path("cost_usd").isNumber() ? result.get("cost_usd").asDouble() : null),
        result.path("elapsed_ms").asLong(), result.path("patch").asText(""));
  }

  /** A transition kind in words: {@code fail_to_pass} is "fail → pass". */
  static String words(String kind) {
    return switch (kind) {
      case "fail_to_pass" -> "fail → pass";
      case "pass_to_fail" -> "pass → fail";
      case "fail_to_fail" -> "fail → fail";
      case "new_pass" -> "new, passes";
      case "new_fail" -> "new, fails";
      case "removed" -> "removed";
      default -> kind.replace('_', ' ');
    };
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
