package dev.fixer.core.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.model.ToolSpec;

/**
 * Something the model can call. The agent checks the arguments against {@link #parameters()} before
 * calling, so {@link #call} gets a JSON object with every required property present and of the right
 * type. Implementations must be safe to call from one thread at a time.
 */
public interface Tool {

  /** The tool's public name, e.g. {@code read_file}; it must match {@code ^[a-zA-Z_][a-zA-Z0-9-_]{2,63}$}. */
  String name();

  /** What the tool does and when to use it, written for the model. */
  String description();

  /** The JSON schema of the arguments: {@code type: object} with {@code properties} and {@code required}. */
  JsonNode parameters();

  /**
   * Runs the tool. Expected failures (a missing file, a failing command, a non-unique match) are a
   * {@link ToolResult.Failure} the model can read; an exception means a bug and ends the run.
   *
   * @throws InterruptedException if the run is being stopped
   */
  ToolResult call(JsonNode arguments, ToolContext context) throws InterruptedException;

  /** The tool as it is described to the model. */
  default ToolSpec spec() {
    return new ToolSpec(name(), description(), parameters());
  }
}
