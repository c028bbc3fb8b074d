package dev.fixer.runner.eval;

/**
 * Something that keeps one instance from being run or scored, e.g. a repository that cannot be
 * cloned, a missing base commit, a test patch that does not apply. The instance is marked
 * {@code error} with this message, and the evaluation goes on with the others.
 */
public final class InstanceError extends RuntimeException {

  public InstanceError(String message) {
    super(message);
  }

  public InstanceError(String message, Throwable cause) {
    super(message, cause);
  }
}
