package dev.fixer.core.model;

/** The request's deadline passed before a reply was complete. */
public final class DeadlineExceededException extends ModelException {

  public DeadlineExceededException(String message, Throwable cause) {
    super(message, cause);
  }
}
