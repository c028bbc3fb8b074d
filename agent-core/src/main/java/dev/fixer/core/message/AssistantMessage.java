package dev.fixer.core.message;

import java.util.List;

/**
 * What the model answered.
 *
 * @param content the text, or {@code null} when the model sent none
 * @param reasoning the model's thinking ({@code reasoning_content}); {@code null} when the reply had
 *     no such field, which is not the same as the empty string
 * @param toolCalls the tools the model asked for, in order; empty when it is done
 */
public record AssistantMessage(String content, String reasoning, List<ToolCall> toolCalls)
    implements Message {

  public AssistantMessage {
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  public boolean hasToolCalls() {
    return !toolCalls.isEmpty();
  }

  /** The text, or the empty string when there is none. */
  public String text() {
    return content == null ? "" : content;
  }

  @Override
  public int size() {
    int size = text().length() + (reasoning == null ? 0 : reasoning.length());
    for (ToolCall call : toolCalls) {
      size += call.name().length() + call.arguments().length();
    }
    return size;
  }
}
