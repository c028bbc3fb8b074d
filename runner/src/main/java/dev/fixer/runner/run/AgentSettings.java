package dev.fixer.runner.run;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.config.SandboxChoice;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The model, budget and sandbox flags that the commands running fixer for many issues at once
 * ({@code fixer batch}, {@code fixer eval run}) pass on to each run; {@code null} where not given.
 *
 * @param maxCost USD per run; {@link RunFlags#NO_COST_LIMIT} for none
 * @param attempts how many times each run's agent may try
 * @param price the model's price, for a model without a built-in one
 */
public record AgentSettings(String model, String baseUrl, Integer maxSteps, Double maxCost, Duration timeout,
    SandboxChoice sandbox, Integer attempts, ModelPrice price) {

  /** Nothing given: every run takes its defaults and {@code .fixer.yml}. */
  public static final AgentSettings NONE = new AgentSettings(null, null, null, null, null, null, null, null);

  /**
   * The flags of one run with these settings, quietly (no {@code --json}), on a clean checkout.
   *
   * @param issue the issue reference of a new run; ignored when {@code resume} is true
   * @param resume whether to continue the run in {@code runDir} rather than start one there
   */
  public RunFlags flags(Path repo, String issue, String githubRepo, Path runDir, boolean resume, boolean openPr,
      boolean draft) {
    return new RunFlags(repo, resume ? null : issue, githubRepo, model, null, baseUrl, null, maxSteps, maxCost,
        timeout, sandbox, null, resume ? runDir : null, resume ? null : runDir, false, false, openPr, draft, attempts,
        price);
  }
}
