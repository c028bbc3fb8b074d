package dev.fixer.core.agent;

import java.io.IOException;
import java.util.List;

/**
 * Where a run writes down what happens, so that it can be read later and resumed after a crash. The
 * agent records every event but {@link AgentEvent.StreamDelta} and calls {@link #sync()} after each
 * step. The caller that opened a trajectory closes it.
 */
public interface Trajectory extends AutoCloseable {

  /** An event as written, with the run's active time when it happened. */
  record Entry(AgentEvent event, long elapsedMs) {}

  /**
   * Writes one event.
   *
   * @throws java.io.UncheckedIOException if it cannot be written; the run then ends
   */
  void record(AgentEvent event, long elapsedMs);

  /** Makes what was recorded durable. */
  void sync();

  /** What was recorded before this trajectory was opened, oldest first; empty for a new one. */
  List<Entry> recorded() throws IOException;

  @Override
  void close();
}
