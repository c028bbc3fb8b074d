package dev.fixer.core.model;

import java.time.Duration;

/**
 * Receives a reply while it streams in, and retries as they happen. Called on the thread that called
 * {@link Model#complete}; implementations must be quick. All methods do nothing by default.
 */
public interface ModelListener {

  ModelListener NONE = new ModelListener() {};

  /** A piece of the model's thinking. */
  default void onReasoning(String delta) {}

  /** A piece of the answer text. */
  default void onContent(String delta) {}

  /** The model started a tool call; its arguments follow. */
  default void onToolCallStarted(int index, String name) {}

  /**
   * A request failed in a way that is worth retrying and will be sent again after {@code delay}. A
   * reply that was streaming when it failed is discarded: what the listener received of it is void.
   */
  default void onRetry(int attempt, Duration delay, String reason) {}
}
