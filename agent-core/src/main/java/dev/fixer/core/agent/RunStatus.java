package dev.fixer.core.agent;

/** How a run ended. */
public enum RunStatus {
  /**
   * The model considers the work done: a tool such as {@code finish} ended the run, or the model
   * answered without tool calls (twice in a row when {@link AgentConfig#requireFinish()}).
   */
  COMPLETED(false),
  STEP_LIMIT(true),
  COST_LIMIT(true),
  TIME_LIMIT(true),
  /** The model kept repeating the same failing call, even after a nudge. */
  STUCK(false),
  /** The conversation no longer fits the context window, even with old outputs elided. */
  CONTEXT_EXHAUSTED(false),
  /** The API refused the request for good (key, credit, a 400): see the result's detail. */
  MODEL_ERROR(false),
  /** The API could not be reached, or kept failing, through every retry. */
  MODEL_UNAVAILABLE(false),
  /** The run's thread was interrupted; the trajectory can resume it. */
  INTERRUPTED(false),
  /** A bug in fixer or a tool; the detail names it. */
  FAILED(false);

  private final boolean budget;

  RunStatus(boolean budget) {
    this.budget = budget;
  }

  /** Whether a budget (steps, cost, time) ended the run. */
  public boolean budgetReached() {
    return budget;
  }
}
