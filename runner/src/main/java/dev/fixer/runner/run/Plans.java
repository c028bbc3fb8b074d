package dev.fixer.runner.run;

import dev.fixer.core.agent.Limits;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.config.SandboxChoice;

/** Settles a {@link RunPlan}: flags over {@code .fixer.yml} over defaults. */
final class Plans {

  private Plans() {}

  /** The plan of a new run. */
  static RunPlan settle(RunFlags flags, RepoConfig config) {
    return check(new RunPlan(
        first(flags.model(), config.model(), RunPlan.DEFAULT_MODEL),
        first(flags.thinking(), config.thinking(), null),
        first(flags.baseUrl(), config.baseUrl(), null),
        first(flags.maxTokens(), null, RunPlan.DEFAULT_MAX_TOKENS),
        first(flags.maxSteps(), config.maxSteps(), Limits.DEFAULT_MAX_STEPS),
        first(flags.maxCost(), config.maxCost(), RunPlan.DEFAULT_MAX_COST_USD),
        first(flags.timeout(), config.timeout(), RunPlan.DEFAULT_TIMEOUT),
        first(flags.sandbox(), config.sandbox(), SandboxChoice.AUTO),
        config.setup(),
        config.test(),
        first(null, config.setupTimeout(), RunPlan.DEFAULT_SETUP_TIMEOUT),
        config.image()));
  }

  /** The plan of a resumed run: as saved, with the model, budget and sandbox flags given now. */
  static RunPlan resumed(RunPlan saved, RunFlags flags) {
    return check(new RunPlan(
        first(flags.model(), saved.model(), null),
        first(flags.thinking(), saved.thinking(), null),
        first(flags.baseUrl(), saved.baseUrl(), null),
        first(flags.maxTokens(), saved.maxTokens(), null),
        first(flags.maxSteps(), saved.maxSteps(), null),
        first(flags.maxCost(), saved.maxCostUsd(), null),
        first(flags.timeout(), saved.timeout(), null),
        first(flags.sandbox(), saved.sandbox(), null),
        saved.setup(),
        saved.test(),
        saved.setupTimeout(),
        saved.image()));
  }

  private static RunPlan check(RunPlan plan) {
    if (plan.maxSteps() < 1 || plan.maxSteps() > Limits.HARD_MAX_STEPS) {
      throw FixerException.usage("--max-steps must be between 1 and " + Limits.HARD_MAX_STEPS + ", got "
          + plan.maxSteps());
    }
    if (plan.maxCostUsd() != null && !(plan.maxCostUsd() > 0)) {
      throw FixerException.usage("--max-cost must be a positive number of USD, e.g. 2.50, got " + plan.maxCostUsd());
    }
    if (plan.maxTokens() < 1) {
      throw FixerException.usage("--max-tokens must be positive, got " + plan.maxTokens());
    }
    if (plan.timeout().isNegative() || plan.timeout().isZero()) {
      throw FixerException.usage("--timeout must be positive, got " + plan.timeout());
    }
    if (plan.replays() && plan.replayFile().isBlank()) {
      throw FixerException.usage("--model replay: needs a file, e.g. --model replay:run/trajectory.jsonl");
    }
    return plan;
  }

  private static <T> T first(T flag, T config, T fallback) {
    return flag != null ? flag : config != null ? config : fallback;
  }
}
