package dev.fixer.core.model;

import dev.fixer.core.message.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One request to a model.
 *
 * @param messages the conversation, oldest first
 * @param tools the tools the model may call; the same list, in the same order, on every turn
 * @param deadline when to give up waiting for the reply, or {@code null} for no deadline
 * @param sessionId a stable id for the run, sent as a prompt-cache key where the API takes one; may
 *     be {@code null}
 */
public record ModelRequest(
    List<Message> messages, List<ToolSpec> tools, Instant deadline, String sessionId) {

  public ModelRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    tools = List.copyOf(Objects.requireNonNull(tools, "tools"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a model request needs at least one message");
    }
  }

  public ModelRequest(List<Message> messages, List<ToolSpec> tools) {
    this(messages, tools, null, null);
  }
}
