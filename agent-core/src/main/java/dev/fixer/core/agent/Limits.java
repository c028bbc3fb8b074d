package dev.fixer.core.agent;

import java.time.Duration;

/**
 * The budgets of a run. Reaching one ends the run with that status; every change made so far stays.
 *
 * @param maxSteps model replies, at most {@value #HARD_MAX_STEPS}
 * @param maxCostUsd USD, or {@code null} for no cost limit
 * @param maxTime active time, or {@code null} for no time limit
 */
public record Limits(int maxSteps, Double maxCostUsd, Duration maxTime) {

  public static final int DEFAULT_MAX_STEPS = 100;
  public static final int HARD_MAX_STEPS = 4000;
  public static final Limits DEFAULT = new Limits(DEFAULT_MAX_STEPS, null, null);

  public Limits {
    if (maxSteps < 1 || maxSteps > HARD_MAX_STEPS) {
      throw new IllegalArgumentException(
          "max steps must be between 1 and " + HARD_MAX_STEPS + ", got " + maxSteps);
    }
    if (maxCostUsd != null && !(maxCostUsd > 0)) {
      throw new IllegalArgumentException("max cost must be a positive number of USD, got " + maxCostUsd);
    }
    if (maxTime != null && (maxTime.isNegative() || maxTime.isZero())) {
      throw new IllegalArgumentException("max time must be positive, got " + maxTime);
    }
  }
}
