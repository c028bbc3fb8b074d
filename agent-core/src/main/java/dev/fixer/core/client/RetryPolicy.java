package dev.fixer.core.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How retryable failures are retried: exponential backoff with jitter, unless the server names a
 * delay ({@code Retry-After}, or "try again after N seconds"), which is honoured up to
 * {@code maxRetryAfter}.
 *
 * @param maxRetries retries after the first attempt, for overload, rate limits, 5xx and cut streams
 * @param maxConnectRetries retries when no connection could be made at all (a wrong base URL should
 *     fail fast)
 * @param baseDelay the first backoff delay; each retry doubles it
 * @param maxDelay the longest backoff delay
 * @param maxRetryAfter the longest server-named delay honoured; longer ones are cut to this
 */
public record RetryPolicy(
    int maxRetries, int maxConnectRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, 2, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10));

  public RetryPolicy {
    if (maxRetries < 0 || maxConnectRetries < 0) {
      throw new IllegalArgumentException("retry counts must not be negative");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
  }

  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, maxConnectRetries, baseDelay, maxDelay, maxRetryAfter);
  }
}
