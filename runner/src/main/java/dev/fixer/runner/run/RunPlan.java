package dev.fixer.runner.run;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.config.ImageChoice;
import dev.fixer.runner.config.OnSetupFailure;
import dev.fixer.runner.config.PublishUnverified;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.SandboxSettings;
import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.tools.build.Language;
import java.time.Duration;
import java.util.Objects;

/**
 * The settled settings of one run: flags over {@code .fixer.yml} over defaults. Saved with the run so
 * that a resumed run works as the first one did.
 *
 * @param model the model id, or {@code replay:FILE}
 * @param thinking whether to ask for thinking; {@code null} for the model's default
 * @param baseUrl the API root, or {@code null} for {@code KIMI_BASE_URL} or the default
 * @param maxTokens the output limit of one reply
 * @param maxSteps model replies the agent may take
 * @param maxCostUsd USD the agent may spend; {@code null} for no limit
 * @param timeout how long the agent phase may take
 * @param sandbox where the tools run
 * @param setup the setup script, or {@code null} for the detected build's default
 * @param test the test command, or {@code null} for the detected build's
 * @param setupTimeout how long the setup phase may take
 * @param image the Docker sandbox's image or Dockerfile; {@code null} for fixer's own image
 * @param attempts how many times the agent may try, each later try told why verification failed
 * @param verify the baseline's and verification's tests and time budget
 * @param publishUnverified what becomes of a change that no test shows to fix the issue
 * @param instructions the maintainers' instructions from {@code .fixer.yml}; {@code null} for none
 * @param price the model's price when given; {@code null} for the built-in one, if any
 * @param contextWindow the model's context window in tokens
 * @param onSetupFailure whether the run goes on after its setup failed; {@code null} to stop only when the
 *     tests cannot build
 * @param sandboxSettings {@code limits:} and {@code sandbox: bind:} from {@code .fixer.yml}
 * @param language the build {@code .fixer.yml} names ({@code language:}); {@code null} to detect it
 */
public record RunPlan(String model, Boolean thinking, String baseUrl, int maxTokens, int maxSteps,
    Double maxCostUsd, Duration timeout, SandboxChoice sandbox, String setup, String test, Duration setupTimeout,
    ImageChoice image, int attempts, VerifyConfig verify, PublishUnverified publishUnverified, String instructions,
    ModelPrice price, int contextWindow, OnSetupFailure onSetupFailure, SandboxSettings sandboxSettings,
    Language language) {

  public static final String DEFAULT_MODEL = "kimi-k2.6";
  public static final int DEFAULT_MAX_TOKENS = 32_768;
  public static final double DEFAULT_MAX_COST_USD = 5.0;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);
  public static final Duration DEFAULT_SETUP_TIMEOUT = Duration.ofMinutes(30);
  public static final int DEFAULT_ATTEMPTS = 3;
  public static final int MAX_ATTEMPTS = 10;
  public static final int DEFAULT_CONTEXT_WINDOW = 262_144;
  static final String REPLAY_PREFIX = "replay:";

  public RunPlan {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(setupTimeout, "setupTimeout");
    Objects.requireNonNull(verify, "verify");
    Objects.requireNonNull(publishUnverified, "publishUnverified");
    Objects.requireNonNull(sandboxSettings, "sandboxSettings");
  }

  /** A plan whose build is detected from the repository's files. */
  public RunPlan(String model, Boolean thinking, String baseUrl, int maxTokens, int maxSteps, Double maxCostUsd,
      Duration timeout, SandboxChoice sandbox, String setup, String test, Duration setupTimeout, ImageChoice image,
      int attempts, VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      int contextWindow, OnSetupFailure onSetupFailure, SandboxSettings sandboxSettings) {
    this(model, thinking, baseUrl, maxTokens, maxSteps, maxCostUsd, timeout, sandbox, setup, test, setupTimeout,
        image, attempts, verify, publishUnverified, instructions, price, contextWindow, onSetupFailure,
        sandboxSettings, null);
  }

  /** A plan with fixer's default sandbox limits and no extra paths. */
  public RunPlan(String model, Boolean thinking, String baseUrl, int maxTokens, int maxSteps, Double maxCostUsd,
      Duration timeout, SandboxChoice sandbox, String setup, String test, Duration setupTimeout, ImageChoice image,
      int attempts, VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      int contextWindow, OnSetupFailure onSetupFailure) {
    this(model, thinking, baseUrl, maxTokens, maxSteps, maxCostUsd, timeout, sandbox, setup, test, setupTimeout,
        image, attempts, verify, publishUnverified, instructions, price, contextWindow, onSetupFailure,
        SandboxSettings.NONE);
  }

  /** A plan whose setup failure is judged by the baseline. */
  public RunPlan(String model, Boolean thinking, String baseUrl, int maxTokens, int maxSteps, Double maxCostUsd,
      Duration timeout, SandboxChoice sandbox, String setup, String test, Duration setupTimeout, ImageChoice image,
      int attempts, VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      int contextWindow) {
    this(model, thinking, baseUrl, maxTokens, maxSteps, maxCostUsd, timeout, sandbox, setup, test, setupTimeout,
        image, attempts, verify, publishUnverified, instructions, price, contextWindow, null);
  }

  /** A plan with today's defaults for attempts, verification, publishing, instructions, price and window. */
  public RunPlan(String model, Boolean thinking, String baseUrl, int maxTokens, int maxSteps, Double maxCostUsd,
      Duration timeout, SandboxChoice sandbox, String setup, String test, Duration setupTimeout, ImageChoice image) {
    this(model, thinking, baseUrl, maxTokens, maxSteps, maxCostUsd, timeout, sandbox, setup, test, setupTimeout,
        image, DEFAULT_ATTEMPTS, VerifyConfig.DEFAULT, PublishUnverified.NO, null, null, DEFAULT_CONTEXT_WINDOW);
  }

  /** Whether the model turns come from a trajectory file rather than a model. */
  public boolean replays() {
    return model.startsWith(REPLAY_PREFIX);
  }

  /** The file a {@code replay:} model reads. */
  public String replayFile() {
    return model.substring(REPLAY_PREFIX.length());
  }
}
