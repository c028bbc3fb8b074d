package dev.fixer.core.tool;

import java.util.Objects;

/** What a tool call produced: output for the model, marked as success or failure. */
public sealed interface ToolResult permits ToolResult.Success, ToolResult.Failure {

  /** The text the model reads. */
  String output();

  static ToolResult success(String output) {
    return new Success(output);
  }

  static ToolResult failure(String message) {
    return new Failure(message);
  }

  /** The tool did what was asked. */
  record Success(String output) implements ToolResult {
    public Success {
      Objects.requireNonNull(output, "output");
    }
  }

  /** The call failed; {@code output} says why and, where it can, what to do instead. */
  record Failure(String output) implements ToolResult {
    public Failure {
      Objects.requireNonNull(output, "output");
    }
  }
}
