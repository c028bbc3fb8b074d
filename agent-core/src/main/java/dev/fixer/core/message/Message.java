package dev.fixer.core.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One entry of a conversation with the model. The set is closed: system, user, assistant and tool
 * messages, as in the chat-completions protocol. Messages are immutable values; a conversation only
 * ever appends them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "role")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SystemMessage.class, name = "system"),
  @JsonSubTypes.Type(value = UserMessage.class, name = "user"),
  @JsonSubTypes.Type(value = AssistantMessage.class, name = "assistant"),
  @JsonSubTypes.Type(value = ToolMessage.class, name = "tool")
})
public sealed interface Message permits SystemMessage, UserMessage, AssistantMessage, ToolMessage {

  /** Characters this message contributes to a prompt; the basis of token estimates. */
  int size();
}
