package dev.fixer.core.model;

/** Every retry failed; {@link #getCause()} is the last failure. */
public final class ModelUnavailableException extends ModelException {

  private final int attempts;

  public ModelUnavailableException(String message, int attempts, RetryableModelException last) {
    super(message, last);
    this.attempts = attempts;
  }

  /** How many requests were sent in all. */
  public int attempts() {
    return attempts;
  }
}
