package dev.fixer.core.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.model.ToolSpec;
import dev.fixer.core.text.OutputCap;
import dev.fixer.core.tool.SchemaValidator;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the model's tool calls. Every mistake of the model (a tool that does not exist, arguments that
 * are not JSON or do not fit the schema) becomes a failure it can read and correct; output is capped.
 */
final class ToolDispatcher {

  /**
   * What the model reads back, whether the call failed, the run's summary when the call ended
   * the run ({@code null} when it did not), and whether the call was refused before the tool ran.
   */
  record Outcome(String output, boolean failed, String finishSummary, boolean refused) {

    boolean endsRun() {
      return finishSummary != null;
    }
  }

  static final String NO_OUTPUT = "(the tool printed nothing)";

  private final Map<String, Tool> tools = new LinkedHashMap<>();
  private final List<ToolSpec> specs;
  private final int maxChars;
  private final ObjectMapper json;

  ToolDispatcher(List<Tool> tools, int maxChars, ObjectMapper json) {
    List<ToolSpec> specs = new ArrayList<>();
    for (Tool tool : tools) {
      ToolSpec spec = tool.spec();
      if (this.tools.putIfAbsent(spec.name(), tool) != null) {
        throw new IllegalArgumentException("two tools are named '" + spec.name() + "'");
      }
      specs.add(spec);
    }
    this.specs = List.copyOf(specs);
    this.maxChars = maxChars;
    this.json = json;
  }

  List<ToolSpec> specs() {
    return specs;
  }

  Outcome call(ToolCall call, ToolContext context) throws InterruptedException {
    Tool tool = tools.get(call.name());
    if (tool == null) {
      return failure("There is no tool named '" + call.name() + "'. The tools are: "
          + String.join(", ", tools.keySet()) + ". Call one of them by its exact name.");
    }
    JsonNode arguments;
    try {
      arguments = parse(call.arguments());
    } catch (JsonProcessingException e) {
      return failure("The arguments for " + tool.name() + " are not valid JSON (" + e.getOriginalMessage()
          + "). Send the arguments as one JSON object, e.g. " + example(tool.parameters()) + ".");
    }
    if (!arguments.isObject()) {
      return failure("The arguments for " + tool.name() + " must be a JSON object, got: "
          + shorten(arguments.toString()) + ". For example: " + example(tool.parameters()) + ".");
    }
    List<String> problems = SchemaValidator.validate(tool.parameters(), arguments);
    if (!problems.isEmpty()) {
      return failure("The arguments for " + tool.name() + " do not fit its schema: "
          + String.join("; ", problems) + ". Expected: " + example(tool.parameters()) + ".");
    }
    ToolResult result = tool.call(arguments, context);
    String output = result.output().isBlank() ? NO_OUTPUT : OutputCap.headTail(result.output(), maxChars);
    return new Outcome(output, result instanceof ToolResult.Failure,
        result instanceof ToolResult.Finished finished ? finished.summary() : null, false);
  }

  private JsonNode parse(String text) throws JsonProcessingException {
    if (text.isBlank()) {
      return json.createObjectNode();
    }
    JsonNode node = json.readTree(text);
    if (node != null && node.isTextual() && node.asText().strip().startsWith("{")) {
      return json.readTree(node.asText());
    }
    return node == null ? json.createObjectNode() : node;
  }

  private static Outcome failure(String message) {
    return new Outcome(message, true, null, true);
  }

  private static String example(JsonNode schema) {
    List<String> fields = new ArrayList<>();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    schema.path("properties").properties().forEach(field -> {
      String type = field.getValue().path("type").asText("value");
      String mark = required.contains(field.getKey()) ? "" : " (optional)";
      fields.add("\"" + field.getKey() + "\": <" + type + mark + ">");
    });
    return "{" + String.join(", ", fields) + "}";
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
