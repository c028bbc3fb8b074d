package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds a tool's argument schema: an object with typed, described properties. */
final class Arguments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode schema = JSON.createObjectNode();
  private final ObjectNode properties = schema.putObject("properties");
  private final ArrayNode required = JSON.createArrayNode();

  private Arguments() {
    schema.put("type", "object");
  }

  static Arguments object() {
    return new Arguments();
  }

  Arguments required(String name, String type, String description) {
    required.add(name);
    return optional(name, type, description);
  }

  Arguments optional(String name, String type, String description) {
    ObjectNode property = properties.putObject(name);
    property.put("type", type);
    property.put("description", description);
    return this;
  }

  /** An optional array of strings. */
  Arguments optionalStrings(String name, String description) {
    ObjectNode property = properties.putObject(name);
    property.put("type", "array");
    property.putObject("items").put("type", "string");
    property.put("description", description);
    return this;
  }

  JsonNode build() {
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return schema.deepCopy();
  }

  /** An optional integer argument, or {@code fallback} when absent. */
  static int intOr(JsonNode arguments, String name, int fallback) {
    JsonNode value = arguments.get(name);
    return value == null || value.isNull() ? fallback : value.asInt();
  }

  /** An optional string argument, or {@code fallback} when absent. */
  static String textOr(JsonNode arguments, String name, String fallback) {
    JsonNode value = arguments.get(name);
    return value == null || value.isNull() ? fallback : value.asText();
  }
}
