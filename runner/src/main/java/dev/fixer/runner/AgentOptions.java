package dev.fixer.runner;

import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.run.AgentSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The model, budget and sandbox options of the commands that run fixer on many issues: batch, eval run. */
final class AgentOptions {

  @Option(names = "--model", paramLabel = "ID", description = "The model id (default: kimi-k2.6), or replay:FILE.")
  String model;

  @Option(names = "--base-url", paramLabel = "URL", description = "An OpenAI-compatible API root.")
  String baseUrl;

  @Option(names = "--max-steps", paramLabel = "N", description = "Model replies per issue (default: 100).")
  Integer maxSteps;

  @Option(names = "--max-cost", paramLabel = "USD", converter = RunCommand.CostConverter.class,
      description = "USD per issue (default: 5), or none.")
  Double maxCost;

  @Option(names = "--price-input", paramLabel = "USD",
      description = "USD per million input tokens, for a model without a built-in price.")
  Double priceInput;

  @Option(names = "--price-cached", paramLabel = "USD", description = "USD per million cached input tokens.")
  Double priceCached;

  @Option(names = "--price-output", paramLabel = "USD", description = "USD per million output tokens.")
  Double priceOutput;

  @Option(names = "--attempts", paramLabel = "N",
      description = "Tries per issue when verification turns a change down (default: 3).")
  Integer attempts;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = RunCommand.DurationConverter.class,
      description = "Time per issue for the agent (default: 1h).")
  Duration timeout;

  @Option(names = "--sandbox", paramLabel = "KIND", converter = RunCommand.SandboxConverter.class,
      description = "auto, docker, bwrap or none (default: auto).")
  SandboxChoice sandbox;

  AgentSettings settings() {
    return new AgentSettings(model, baseUrl, maxSteps, maxCost, timeout, sandbox, attempts,
        RunCommand.price(priceInput, priceCached, priceOutput));
  }
}
