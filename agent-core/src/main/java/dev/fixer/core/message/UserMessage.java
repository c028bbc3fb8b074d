package dev.fixer.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A message from the user's side: the issue, or a note from the agent loop to the model.
 *
 * @param content the text; never empty
 * @param imageUrls images sent with the text, as {@code https:} or {@code data:} URLs
 */
public record UserMessage(String content, List<String> imageUrls) implements Message {

  public UserMessage {
    Objects.requireNonNull(content, "content");
    if (content.isBlank()) {
      throw new IllegalArgumentException("a user message must not be empty");
    }
    imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
  }

  public UserMessage(String content) {
    this(content, List.of());
  }

  @Override
  public int size() {
    return content.length();
  }
}
