package dev.fixer.core.model;

/** A model request that did not produce a reply. See the subclasses for what to do about it. */
public abstract sealed class ModelException extends Exception
    permits RetryableModelException,
        FatalModelException,
        ContextLengthException,
        ModelUnavailableException,
        DeadlineExceededException {

  protected ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
