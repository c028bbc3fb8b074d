package dev.fixer.runner.run;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.config.SandboxChoice;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the user gave on the command line for {@code fixer run}; {@code null} where a flag was not
 * given.
 *
 * @param openPr whether to report on the GitHub issue and open a pull request for a verified fix
 * @param maxCost USD the agent may spend; {@link #NO_COST_LIMIT} for {@code --max-cost none}
 * @param draft whether that pull request is a draft
 * @param attempts how many times the agent may try when verification fails
 * @param price the model's price as given by {@code --price-*}
 */
public record RunFlags(Path repo, String issue, String githubRepo, String model, Boolean thinking,
    String baseUrl, Integer maxTokens, Integer maxSteps, Double maxCost, Duration timeout,
    SandboxChoice sandbox, Path trajectory, Path resume, Path workDir, boolean allowDirty, boolean json,
    boolean openPr, boolean draft, Integer attempts, ModelPrice price) {

  /** {@code --max-cost none}: no cost limit, even for a model without a known price. */
  public static final double NO_COST_LIMIT = Double.POSITIVE_INFINITY;

  /** The flags of callers that set neither attempts nor a price. */
  public RunFlags(Path repo, String issue, String githubRepo, String model, Boolean thinking, String baseUrl,
      Integer maxTokens, Integer maxSteps, Double maxCost, Duration timeout, SandboxChoice sandbox, Path trajectory,
      Path resume, Path workDir, boolean allowDirty, boolean json, boolean openPr, boolean draft) {
    this(repo, issue, githubRepo, model, thinking, baseUrl, maxTokens, maxSteps, maxCost, timeout, sandbox,
        trajectory, resume, workDir, allowDirty, json, openPr, draft, null, null);
  }
}
