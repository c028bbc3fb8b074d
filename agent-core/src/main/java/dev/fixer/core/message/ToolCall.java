package dev.fixer.core.message;

import java.util.Objects;

/**
 * One tool call requested by the model.
 *
 * @param id the id the model gave the call; tool messages answer it by this id
 * @param name the tool's name as the model wrote it (it may name no tool at all)
 * @param arguments the raw argument text, normally a JSON object, possibly malformed
 */
public record ToolCall(String id, String name, String arguments) {

  public ToolCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? "" : arguments;
  }
}
