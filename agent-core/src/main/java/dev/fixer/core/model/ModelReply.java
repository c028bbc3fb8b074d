package dev.fixer.core.model;

import dev.fixer.core.message.AssistantMessage;
import java.util.Objects;

/**
 * A complete reply.
 *
 * @param message the assistant message, tool calls included
 * @param finishReason the last {@code finish_reason} the server sent ({@code stop}, {@code length},
 *     {@code tool_calls}), or {@code null}; informative only, as hosts disagree on it
 * @param usage the tokens this request used, {@link Usage#ZERO} when the server did not say
 */
public record ModelReply(AssistantMessage message, String finishReason, Usage usage) {

  public ModelReply {
    Objects.requireNonNull(message, "message");
    usage = usage == null ? Usage.ZERO : usage;
  }

  /** Whether the output stopped at the token limit rather than where the model wanted to stop. */
  public boolean truncated() {
    return "length".equals(finishReason);
  }
}
