package dev.fixer.core.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a run against its {@link Limits} before each step. */
final class Budget {

  /** Why the run must stop. */
  record Stop(RunStatus status, String detail) {}

  /** The share of the cost or time limit after which the run is running low. */
  static final double LOW_SHARE = 0.8;

  private final Limits limits;

  Budget(Limits limits) {
    this.limits = limits;
  }

  /** The reason to stop now, or {@code null} to go on. */
  Stop check(int steps, Double costUsd, long elapsedMs) {
    if (steps >= limits.maxSteps()) {
      return new Stop(RunStatus.STEP_LIMIT, "stopped at the step limit of " + limits.maxSteps()
          + (limits.maxSteps() == 1 ? " step" : " steps"));
    }
    if (limits.maxCostUsd() != null && costUsd != null && costUsd >= limits.maxCostUsd()) {
      return new Stop(RunStatus.COST_LIMIT,
          String.format("stopped at the cost limit: spent $%.4f of $%.2f", costUsd, limits.maxCostUsd()));
    }
    if (limits.maxTime() != null && elapsedMs >= limits.maxTime().toMillis()) {
      return new Stop(RunStatus.TIME_LIMIT, "stopped at the time limit of " + limits.maxTime());
    }
    return null;
  }

  /**
   * What is left of every limit that is set, e.g. "3 of 40 steps left, $0.41 of $2.00 left", when
   * the run is running low: at most max(3, 10%) of its steps left, or {@value #LOW_SHARE} of its
   * cost or time spent. {@code null} while it is not.
   */
  String low(int steps, Double costUsd, long elapsedMs) {
    int stepsLeft = limits.maxSteps() - steps;
    boolean low = stepsLeft <= Math.max(3, limits.maxSteps() / 10);
    List<String> left = new ArrayList<>();
    left.add(stepsLeft + " of " + limits.maxSteps() + " steps left");
    if (limits.maxCostUsd() != null && costUsd != null) {
      double max = limits.maxCostUsd();
      low |= costUsd >= LOW_SHARE * max;
      left.add(String.format(Locale.ROOT, "$%.2f of $%.2f left", Math.max(0, max - costUsd), max));
    }
    if (limits.maxTime() != null) {
      long max = limits.maxTime().toMillis();
      low |= elapsedMs >= LOW_SHARE * max;
      left.add(timeLeft(Math.max(0, max - elapsedMs), max));
    }
    return low ? String.join(", ", left) : null;
  }

  private static String timeLeft(long leftMs, long maxMs) {
    if (maxMs >= 120_000) {
      return leftMs / 60_000 + " of " + Math.round(maxMs / 60_000.0) + " minutes left";
    }
    return leftMs / 1000 + " of " + Math.round(maxMs / 1000.0) + " seconds left";
  }
}
