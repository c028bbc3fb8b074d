package dev.fixer.core.model;

/**
 * A chat model that can call tools. Implementations are thread-safe; one call is one reply.
 *
 * <p>Failures come in the bands of {@link ModelException}: a retryable one has already been retried
 * by the time it reaches the agent (see {@link ModelUnavailableException}), a fatal one ends the run
 * with a message for the user, and {@link ContextLengthException} asks the caller to shrink the
 * prompt.
 */
public interface Model {

  /** The model id that prices and logs name, e.g. {@code kimi-k2.6}. */
  String name();

  /**
   * Sends the conversation and returns the complete reply. Streams what arrives to {@code listener}
   * while it arrives.
   *
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  ModelReply complete(ModelRequest request, ModelListener listener)
      throws ModelException, InterruptedException;
}
