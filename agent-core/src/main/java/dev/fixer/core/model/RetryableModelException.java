package dev.fixer.core.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may go away if the same request is sent again: overload, rate limits, server errors,
 * a stream cut before {@code [DONE]}, a lost connection. Retried by the client; the agent only sees
 * {@link ModelUnavailableException} once retries run out.
 */
public final class RetryableModelException extends ModelException {

  /** Why a request may be retried; each kind can have its own retry limit. */
  public enum Kind {
    /** No response at all: connection refused, unknown host. */
    CONNECT,
    /** The response broke off: connection reset, read timeout, stream without {@code [DONE]}. */
    INTERRUPTED,
    /** {@code engine_overloaded_error}. */
    OVERLOADED,
    /** {@code rate_limit_reached_error} or another 429. */
    RATE_LIMITED,
    /** A 5xx answer. */
    SERVER
  }

  private final Kind kind;
  private final Duration retryAfter;

  public RetryableModelException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** How long the server asked us to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
