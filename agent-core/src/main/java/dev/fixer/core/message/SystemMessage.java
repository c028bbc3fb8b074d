package dev.fixer.core.message;

import java.util.Objects;

/** The instructions that open a conversation. */
public record SystemMessage(String content) implements Message {

  public SystemMessage {
    Objects.requireNonNull(content, "content");
    if (content.isBlank()) {
      throw new IllegalArgumentException("a system message must not be empty");
    }
  }

  @Override
  public int size() {
    return content.length();
  }
}
