package dev.fixer.runner.run;

import dev.fixer.core.agent.Limits;
import dev.fixer.core.cost.ModelPrice;
import dev.fixer.core.cost.Pricing;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.PublishUnverified;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.SandboxSettings;
import dev.fixer.runner.config.VerifyConfig;

/** Settles a {@link RunPlan}: flags over {@code .fixer.yml} over defaults. */
final class Plans {

  private Plans() {}

  /** The plan of a new run. */
  static RunPlan settle(RunFlags flags, RepoConfig config) {
    String model = first(flags.model(), config.model(), RunPlan.DEFAULT_MODEL);
    ModelPrice price = first(flags.price(), config.price(), null);
    boolean costGiven = (flags.maxCost() != null && flags.maxCost() != RunFlags.NO_COST_LIMIT)
        || (flags.maxCost() == null && config.maxCost() != null);
    Double maxCost = costLimit(flags.maxCost(), config.maxCost(), RunPlan.DEFAULT_MAX_COST_USD);
    return check(new RunPlan(
        model,
        first(flags.thinking(), config.thinking(), null),
        first(flags.baseUrl(), config.baseUrl(), null),
        first(flags.maxTokens(), null, RunPlan.DEFAULT_MAX_TOKENS),
        first(flags.maxSteps(), config.maxSteps(), Limits.DEFAULT_MAX_STEPS),
        costGiven || priced(model, price) ? maxCost : null,
        first(flags.timeout(), config.timeout(), RunPlan.DEFAULT_TIMEOUT),
        first(flags.sandbox(), config.sandbox(), SandboxChoice.AUTO),
        config.setup(),
        config.test(),
        first(null, config.setupTimeout(), RunPlan.DEFAULT_SETUP_TIMEOUT),
        config.image(),
        first(flags.attempts(), null, RunPlan.DEFAULT_ATTEMPTS),
        first(null, config.verify(), VerifyConfig.DEFAULT),
        first(null, config.publishUnverified(), PublishUnverified.NO),
        config.instructions(),
        price,
        first(null, config.contextWindow(), RunPlan.DEFAULT_CONTEXT_WINDOW),
        config.onSetupFailure(),
        first(null, config.sandboxSettings(), SandboxSettings.NONE),
        config.language()));
  }

  /** The plan of a resumed run: as saved, with the model, budget, price and sandbox flags given now. */
  static RunPlan resumed(RunPlan saved, RunFlags flags) {
    return check(new RunPlan(
        first(flags.model(), saved.model(), null),
        first(flags.thinking(), saved.thinking(), null),
        first(flags.baseUrl(), saved.baseUrl(), null),
        first(flags.maxTokens(), saved.maxTokens(), null),
        first(flags.maxSteps(), saved.maxSteps(), null),
        costLimit(flags.maxCost(), saved.maxCostUsd(), null),
        first(flags.timeout(), saved.timeout(), null),
        first(flags.sandbox(), saved.sandbox(), null),
        saved.setup(),
        saved.test(),
        saved.setupTimeout(),
        saved.image(),
        first(flags.attempts(), saved.attempts(), null),
        saved.verify(),
        saved.publishUnverified(),
        saved.instructions(),
        first(flags.price(), saved.price(), null),
        saved.contextWindow(),
        saved.onSetupFailure(),
        saved.sandboxSettings(),
        saved.language()));
  }

  /** Whether fixer knows what the plan's model costs, so that cost is counted and a cost limit can hold. */
  static boolean priced(RunPlan plan) {
    return priced(plan.model(), plan.price());
  }

  private static boolean priced(String model, ModelPrice price) {
    return model.startsWith(RunPlan.REPLAY_PREFIX) || price != null || Pricing.builtIn().priceOf(model).isPresent();
  }

  /** The prices the agent counts cost with: the built-in ones, and the plan's model's own when given. */
  static Pricing pricing(RunPlan plan, String modelName) {
    Pricing pricing = Pricing.builtIn();
    if (plan.replays()) {
      pricing = pricing.with(modelName, new ModelPrice(0, 0, 0));
    }
    return plan.price() == null ? pricing : pricing.with(modelName, plan.price());
  }

  private static Double costLimit(Double flag, Double configured, Double fallback) {
    if (flag != null) {
      return flag == RunFlags.NO_COST_LIMIT ? null : flag;
    }
    return configured != null ? configured : fallback;
  }

  private static RunPlan check(RunPlan plan) {
    if (plan.maxSteps() < 1 || plan.maxSteps() > Limits.HARD_MAX_STEPS) {
      throw FixerException.usage("--max-steps must be between 1 and " + Limits.HARD_MAX_STEPS + ", got "
          + plan.maxSteps());
    }
    if (plan.maxCostUsd() != null && !(plan.maxCostUsd() > 0)) {
      throw FixerException.usage("--max-cost must be a positive number of USD, e.g. 2.50, or none, got "
          + plan.maxCostUsd());
    }
    if (plan.maxCostUsd() != null && !priced(plan)) {
      throw FixerException.usage(String.format(java.util.Locale.ROOT, "a cost limit of $%.2f needs the price of"
          + " model %s, and fixer knows none: give it with --price-input and --price-output (USD per million"
          + " tokens; --price-cached too if cached input costs less), or model: price_input/price_output in"
          + " .fixer.yml, or pass --max-cost none to run without a cost limit", plan.maxCostUsd(), plan.model()));
    }
    if (plan.maxTokens() < 1) {
      throw FixerException.usage("--max-tokens must be positive, got " + plan.maxTokens());
    }
    if (plan.maxTokens() >= plan.contextWindow()) {
      throw FixerException.usage("--max-tokens " + plan.maxTokens() + " must be less than the model's context"
          + " window of " + plan.contextWindow() + " tokens: lower --max-tokens, or set model: context_window in"
          + " .fixer.yml");
    }
    if (plan.timeout().isNegative() || plan.timeout().isZero()) {
      throw FixerException.usage("--timeout must be positive, got " + plan.timeout());
    }
    if (plan.attempts() < 1 || plan.attempts() > RunPlan.MAX_ATTEMPTS) {
      throw FixerException.usage("--attempts must be between 1 and " + RunPlan.MAX_ATTEMPTS + ", got "
          + plan.attempts());
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
