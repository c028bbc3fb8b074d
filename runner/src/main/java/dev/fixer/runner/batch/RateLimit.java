package dev.fixer.runner.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp interceptor that makes every request to the model API, retries included, wait for a
 * {@link RequestRate} shared by all the runs of a batch. Only requests that send something
 * ({@code POST}) count; the one {@code GET /models} of a run's preflight passes freely.
 */
public final class RateLimit implements Interceptor {

  private final RequestRate rate;

  public RateLimit(RequestRate rate) {
    this.rate = Objects.requireNonNull(rate, "rate");
  }

  /** @throws InterruptedIOException with the thread's interrupt flag set, when interrupted while waiting */
  @Override
  public Response intercept(Chain chain) throws IOException {
    if ("POST".equals(chain.request().method())) {
      try {
        rate.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the batch's model request rate");
      }
    }
    return chain.proceed(chain.request());
  }
}
