package dev.fixer.core.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks tool arguments against the part of JSON schema that tool definitions use: {@code type}
 * (one or a list), {@code properties}, {@code required}, {@code enum}, {@code items},
 * {@code additionalProperties: false}, {@code minimum}/{@code maximum}. Each problem is a sentence
 * the model can act on.
 */
public final class SchemaValidator {

  private SchemaValidator() {}

  /** The problems with {@code value}; empty when it fits the schema. */
  public static List<String> validate(JsonNode schema, JsonNode value) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "", problems);
    return problems;
  }

  private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
    JsonNode type = schema.get("type");
    if (type != null && !typeMatches(type, value)) {
      problems.add(name(path) + " must be " + describe(type) + ", got " + kind(value) + " " + sample(value));
      return;
    }
    JsonNode allowed = schema.get("enum");
    if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
      problems.add(name(path) + " must be one of " + allowed + ", got " + sample(value));
    }
    if (value.isNumber()) {
      checkRange(schema, value, path, problems);
    }
    if (value.isObject()) {
      checkObject(schema, value, path, problems);
    }
    JsonNode items = schema.get("items");
    if (value.isArray() && items != null && items.isObject()) {
      for (int i = 0; i < value.size(); i++) {
        check(items, value.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      JsonNode present = value.get(required.asText());
      if (present == null || present.isNull()) {
        problems.add("missing required property " + name(join(path, required.asText())));
      }
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode fieldSchema = properties.get(field.getKey());
      if (fieldSchema != null) {
        if (!field.getValue().isNull()) {
          check(fieldSchema, field.getValue(), join(path, field.getKey()), problems);
        }
      } else if (schema.path("additionalProperties").isBoolean()
          && !schema.path("additionalProperties").asBoolean()) {
        problems.add("unknown property " + name(join(path, field.getKey()))
            + "; allowed: " + String.join(", ", fieldNames(properties)));
      }
    }
  }

  private static void checkRange(JsonNode schema, JsonNode value, String path, List<String> problems) {
    if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
      problems.add(name(path) + " must be at least " + schema.get("minimum") + ", got " + value);
    }
    if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
      problems.add(name(path) + " must be at most " + schema.get("maximum") + ", got " + value);
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(one, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "null" -> value.isNull();
      default -> true;
    };
  }

  private static boolean contains(JsonNode allowed, JsonNode value) {
    for (JsonNode one : allowed) {
      if (one.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> fieldNames(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String describe(JsonNode type) {
    if (!type.isArray()) {
      return article(type.asText());
    }
    List<String> names = new ArrayList<>();
    type.forEach(t -> names.add(t.asText()));
    return "one of " + String.join(", ", names);
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ") + type;
  }

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> value.isIntegralNumber() ? "an integer" : "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String sample(JsonNode value) {
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String name(String path) {
    return path.isEmpty() ? "the arguments" : "'" + path + "'";
  }
}
