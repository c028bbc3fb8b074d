package dev.fixer.runner.batch;

import dev.fixer.core.client.Sleeper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * One limit on model requests shared by every run of a batch: at most {@code perMinute} requests
 * start in any 60-second window. It remembers when the last {@code perMinute} requests started; a
 * request that would be one too many waits until the oldest of them is a minute old. Thread-safe;
 * waiting requests are not served in order of arrival.
 */
public final class RequestRate {

  private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Deque<Long> starts = new ArrayDeque<>();

  /** @throws IllegalArgumentException unless {@code perMinute} is positive */
  public RequestRate(int perMinute) {
    this(perMinute, System::nanoTime, Sleeper.SYSTEM);
  }

  RequestRate(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a request rate is at least 1 a minute, not " + perMinute);
    }
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /**
   * Blocks until a request may start, and counts it as started.
   *
   * @throws InterruptedException when the thread is interrupted before or while waiting; the request
   *     is then not counted
   */
  public void acquire() throws InterruptedException {
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting to send a model request");
      }
      long waitNanos = tryStart();
      if (waitNanos == 0) {
        return;
      }
      sleeper.sleep(Duration.ofMillis((waitNanos + 999_999) / 1_000_000));
    }
  }

  /** Starts a request and returns 0, or returns how long until one may start. */
  private synchronized long tryStart() {
    long now = nanoTime.getAsLong();
    while (!starts.isEmpty() && now - starts.peekFirst() >= WINDOW_NANOS) {
      starts.removeFirst();
    }
    if (starts.size() < perMinute) {
      starts.addLast(now);
      return 0;
    }
    return Math.max(1, starts.peekFirst() + WINDOW_NANOS - now);
  }
}
