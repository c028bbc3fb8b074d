package dev.fixer.core.testing;

import dev.fixer.core.client.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the delays it is asked to wait, and returns at once. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
