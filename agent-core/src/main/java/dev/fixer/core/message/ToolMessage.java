package dev.fixer.core.message;

import java.util.Objects;

/**
 * The result of one tool call, sent back to the model.
 *
 * @param toolCallId the id of the call this answers
 * @param toolName the tool that ran (kept for the trajectory and for readers)
 * @param content what the tool printed; never empty
 * @param failed whether the call failed (a model mistake or a failing command)
 */
public record ToolMessage(String toolCallId, String toolName, String content, boolean failed)
    implements Message {

  public ToolMessage {
    Objects.requireNonNull(toolCallId, "toolCallId");
    Objects.requireNonNull(toolName, "toolName");
    Objects.requireNonNull(content, "content");
    if (content.isBlank()) {
      throw new IllegalArgumentException("a tool message must not be empty (call " + toolCallId + ")");
    }
  }

  /** This message with its content replaced, as when old output is elided from the context. */
  public ToolMessage withContent(String replacement) {
    return new ToolMessage(toolCallId, toolName, replacement, failed);
  }

  @Override
  public int size() {
    return content.length();
  }
}
