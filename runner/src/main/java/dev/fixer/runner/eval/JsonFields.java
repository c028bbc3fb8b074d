package dev.fixer.runner.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.fixer.runner.TextFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the fields of the JSON an evaluation is given or writes. Every failure is an
 * {@link IllegalArgumentException} whose message names the field and fits in a sentence.
 */
final class JsonFields {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectReader STRICT = MAPPER.readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFields() {}

  /** One JSON value and nothing after it. */
  static JsonNode parse(String text) {
    try {
      JsonNode node = STRICT.readValue(text);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("it holds no JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("it is not valid JSON (" + TextFiles.oneLine(
          String.valueOf(e.getOriginalMessage())) + ")", e);
    }
  }

  /** Whether {@code name} is absent or JSON null. */
  static boolean absent(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull();
  }

  /** A string field, or a number or boolean as its text; empty when absent or null. */
  static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("\"" + name + "\" is not a string");
    }
    return value.asText();
  }

  /**
   * A list of test ids: a JSON array of strings, a string holding one (as SWE-bench publishes them),
   * or an object whose keys are the ids (as Multi-SWE-bench does); empty when absent, null or "".
   */
  static List<String> ids(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
      return List.of();
    }
    if (value.isTextual()) {
      try {
        value = parse(value.asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"" + name + "\" is a string that holds no JSON array of test ids", e);
      }
    }
    List<String> ids = new ArrayList<>();
    if (value.isObject()) {
      value.fieldNames().forEachRemaining(ids::add);
    } else if (value.isArray()) {
      for (JsonNode id : value) {
        if (!id.isTextual()) {
          throw new IllegalArgumentException("\"" + name + "\" holds " + id + ", not a test id string");
        }
        ids.add(id.asText());
      }
    } else {
      throw new IllegalArgumentException("\"" + name + "\" is not a list of test ids");
    }
    return ids;
  }
}
