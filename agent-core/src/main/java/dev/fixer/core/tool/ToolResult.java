package dev.fixer.core.tool;

import java.util.Objects;

/**
 * What a tool call produced: output for the model, marked as success or failure, or the end of the
 * run that the tool accepted.
 */
public sealed interface ToolResult permits ToolResult.Success, ToolResult.Failure, ToolResult.Finished {

  /** The text the model reads. */
  String output();

  static ToolResult success(String output) {
    return new Success(output);
  }

  static ToolResult failure(String message) {
    return new Failure(message);
  }

  static ToolResult finished(String output, String summary) {
    return new Finished(output, summary);
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

  /**
   * The tool accepted the end of the run (see {@link FinishTool}): the agent answers the calls
   * after this one in the same reply without running them, and the run ends as completed.
   *
   * @param output what the model reads for this call
   * @param summary the run's summary; never blank
   */
  record Finished(String output, String summary) implements ToolResult {
    public Finished {
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(summary, "summary");
      if (summary.isBlank()) {
        throw new IllegalArgumentException("a finished run needs a summary");
      }
    }
  }
}
