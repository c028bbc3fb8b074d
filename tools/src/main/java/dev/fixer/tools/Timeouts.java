package dev.fixer.tools;

import dev.fixer.core.tool.ToolContext;
import java.time.Duration;
import java.time.Instant;

/** A tool's time for one call: its own limit, or less when the run's deadline is nearer. */
final class Timeouts {

  private static final Duration AT_LEAST = Duration.ofSeconds(1);

  private Timeouts() {}

  /** Whether the run's deadline has passed. */
  static boolean expired(ToolContext context) {
    return context.deadline() != null && !Instant.now().isBefore(context.deadline());
  }

  static Duration within(Duration limit, ToolContext context) {
    if (context.deadline() == null) {
      return limit;
    }
    Duration left = Duration.between(Instant.now(), context.deadline());
    Duration timeout = left.compareTo(limit) < 0 ? left : limit;
    return timeout.compareTo(AT_LEAST) < 0 ? AT_LEAST : timeout;
  }
}
