package dev.fixer.core.agent;

/** Checks a run against its {@link Limits} before each step. */
final class Budget {

  /** Why the run must stop. */
  record Stop(RunStatus status, String detail) {}

  private final Limits limits;

  Budget(Limits limits) {
    this.limits = limits;
  }

  /** The reason to stop now, or {@code null} to go on. */
  Stop check(int steps, Double costUsd, long elapsedMs) {
    if (steps >= limits.maxSteps()) {
      return new Stop(RunStatus.STEP_LIMIT, "stopped at the step limit of " + limits.maxSteps() + " steps");
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
}
