package dev.fixer.core.client;

import java.time.Duration;

/** Waits between retries. A seam so that tests can record delays instead of waiting them out. */
@FunctionalInterface
public interface Sleeper {

  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
