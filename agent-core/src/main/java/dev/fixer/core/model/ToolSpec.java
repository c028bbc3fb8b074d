package dev.fixer.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tool as the model sees it: name, description and the JSON schema of its arguments.
 *
 * @param name matches {@code ^[a-zA-Z_][a-zA-Z0-9-_]{2,63}$}, as the API demands
 */
public record ToolSpec(String name, String description, JsonNode parameters) {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9-_]{2,63}$");

  public ToolSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(parameters, "parameters");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tool name '" + name + "' does not match " + NAME.pattern() + " as the model API demands");
    }
    if (!parameters.isObject() || !"object".equals(parameters.path("type").asText())) {
      throw new IllegalArgumentException(
          "the parameters of tool '" + name + "' must be a JSON schema of type object");
    }
  }
}
