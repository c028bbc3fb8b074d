package dev.fixer.core.model;

import java.util.OptionalLong;

/**
 * The prompt plus the output limit exceeded the model's context window (a 400 from the API). The
 * caller should shrink the conversation and send it again.
 */
public final class ContextLengthException extends ModelException {

  private final long requestedTokens;

  public ContextLengthException(String message, long requestedTokens) {
    super(message, null);
    this.requestedTokens = requestedTokens;
  }

  /** The token count the API said was requested, when its message said. */
  public OptionalLong requestedTokens() {
    return requestedTokens > 0 ? OptionalLong.of(requestedTokens) : OptionalLong.empty();
  }
}
