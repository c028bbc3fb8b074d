package dev.fixer.core.client;

import dev.fixer.core.model.DeadlineExceededException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.ModelUnavailableException;
import dev.fixer.core.model.RetryableModelException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries {@link RetryableModelException}s: after the delay the server named, or after exponential
 * backoff with equal jitter (half the step fixed, half random). Gives up with
 * {@link ModelUnavailableException} when the policy's limit is reached, and with
 * {@link DeadlineExceededException} when the wait would pass the request's deadline.
 */
final class RetryingModel implements Model {

  private final Model delegate;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  RetryingModel(Model delegate, RetryPolicy policy, Sleeper sleeper) {
    this.delegate = delegate;
    this.policy = policy;
    this.sleeper = sleeper;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener)
      throws ModelException, InterruptedException {
    for (int retry = 0; ; retry++) {
      try {
        return delegate.complete(request, listener);
      } catch (RetryableModelException e) {
        int limit = e.kind() == RetryableModelException.Kind.CONNECT
            ? policy.maxConnectRetries() : policy.maxRetries();
        if (retry >= limit) {
          throw new ModelUnavailableException(
              e.getMessage() + "; gave up after " + (retry + 1) + " attempts", retry + 1, e);
        }
        Duration delay = e.retryAfter().isPresent() ? capped(e.retryAfter().get()) : backoff(retry);
        if (request.deadline() != null && Instant.now().plus(delay).isAfter(request.deadline())) {
          throw new DeadlineExceededException(
              "no time left to retry after: " + e.getMessage(), e);
        }
        listener.onRetry(retry + 1, delay, e.getMessage());
        sleeper.sleep(delay);
      }
    }
  }

  private Duration capped(Duration named) {
    return named.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : named;
  }

  private Duration backoff(int retry) {
    long base = policy.baseDelay().toMillis();
    long step = Math.min(retry >= 30 ? Long.MAX_VALUE : base << retry, policy.maxDelay().toMillis());
    long half = step / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
