package dev.fixer.runner.batch;

import dev.fixer.core.client.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A clock that moves only when told to, or when asked to sleep; records the sleeps. */
final class FakeTicker implements LongSupplier, Sleeper {

  private final AtomicLong nanos = new AtomicLong(-Duration.ofHours(1).toNanos());
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Runnable onSleep;

  FakeTicker() {
    this(() -> {});
  }

  /** A ticker that runs {@code onSleep} before each sleep, e.g. to look at what happened so far. */
  FakeTicker(Runnable onSleep) {
    this.onSleep = onSleep;
  }

  @Override
  public long getAsLong() {
    return nanos.get();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    onSleep.run();
    sleeps.add(duration);
    advance(duration);
  }

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
