package dev.fixer.runner.config;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.tools.build.Language;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings in {@code .fixer.yml} (or {@code .fixer.yaml}) at a repository's root. Every field
 * is null when not set; command-line flags override it (see {@link #withOverrides}).
 *
 * @param setup a bash script run before the agent, with network on
 * @param test the test command; may contain {@code {tests}}
 * @param model the model name
 * @param thinking whether the model thinks before answering
 * @param baseUrl the model API's http(s) base URL
 * @param maxSteps the most steps the agent takes, 1 to 4000
 * @param maxCost the most the run may spend, in US dollars; more than 0
 * @param timeout the longest the agent runs; longer than zero
 * @param setupTimeout the longest the setup script runs; longer than zero
 * @param sandbox which sandbox runs the tools
 * @param image the Docker sandbox's image, or the Dockerfile to build it from
 * @param verify which tests make the baseline and verification, and their time budget
 * @param publishUnverified what becomes of a change that no test shows to fix the issue
 * @param instructions the maintainers' instructions for the agent, added to its system prompt
 * @param price the model's price, for a model without a built-in one
 * @param contextWindow the model's context window in tokens, for a model without a known one
 * @param onSetupFailure whether a run goes on after its setup failed; unset, the baseline decides
 * @param review which pull requests review feedback makes fixer work on; unset, fixer's own
 * @param sandboxSettings {@code limits:} and {@code sandbox: bind:}; unset, fixer's defaults
 * @param language the build to use ({@code language:}); unset, detected from the files at the root
 * @throws IllegalArgumentException naming the field when a value breaks one of these rules or a
 *     text is blank
 */
public record RepoConfig(String setup, String test, String model, Boolean thinking, String baseUrl,
    Integer maxSteps, Double maxCost, Duration timeout, Duration setupTimeout,
    SandboxChoice sandbox, ImageChoice image, VerifyConfig verify, PublishUnverified publishUnverified,
    String instructions, ModelPrice price, Integer contextWindow, OnSetupFailure onSetupFailure,
    ReviewScope review, SandboxSettings sandboxSettings, Language language) {

  /** No settings at all: what a repository without a config file has. */
  public static final RepoConfig NONE = new RepoConfig(null, null, null, null, null, null, null, null, null, null,
      null, null, null, null, null, null);

  /** The settings of versions before {@code language}. */
  public RepoConfig(String setup, String test, String model, Boolean thinking, String baseUrl, Integer maxSteps,
      Double maxCost, Duration timeout, Duration setupTimeout, SandboxChoice sandbox, ImageChoice image,
      VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      Integer contextWindow, OnSetupFailure onSetupFailure, ReviewScope review, SandboxSettings sandboxSettings) {
    this(setup, test, model, thinking, baseUrl, maxSteps, maxCost, timeout, setupTimeout, sandbox, image, verify,
        publishUnverified, instructions, price, contextWindow, onSetupFailure, review, sandboxSettings, null);
  }

  /** The settings of versions before {@code limits} and {@code sandbox: bind}. */
  public RepoConfig(String setup, String test, String model, Boolean thinking, String baseUrl, Integer maxSteps,
      Double maxCost, Duration timeout, Duration setupTimeout, SandboxChoice sandbox, ImageChoice image,
      VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      Integer contextWindow, OnSetupFailure onSetupFailure, ReviewScope review) {
    this(setup, test, model, thinking, baseUrl, maxSteps, maxCost, timeout, setupTimeout, sandbox, image, verify,
        publishUnverified, instructions, price, contextWindow, onSetupFailure, review, null);
  }

  /** The settings of versions before {@code review}. */
  public RepoConfig(String setup, String test, String model, Boolean thinking, String baseUrl, Integer maxSteps,
      Double maxCost, Duration timeout, Duration setupTimeout, SandboxChoice sandbox, ImageChoice image,
      VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      Integer contextWindow, OnSetupFailure onSetupFailure) {
    this(setup, test, model, thinking, baseUrl, maxSteps, maxCost, timeout, setupTimeout, sandbox, image, verify,
        publishUnverified, instructions, price, contextWindow, onSetupFailure, null);
  }

  /** The settings of versions before {@code on_setup_failure}. */
  public RepoConfig(String setup, String test, String model, Boolean thinking, String baseUrl, Integer maxSteps,
      Double maxCost, Duration timeout, Duration setupTimeout, SandboxChoice sandbox, ImageChoice image,
      VerifyConfig verify, PublishUnverified publishUnverified, String instructions, ModelPrice price,
      Integer contextWindow) {
    this(setup, test, model, thinking, baseUrl, maxSteps, maxCost, timeout, setupTimeout, sandbox, image, verify,
        publishUnverified, instructions, price, contextWindow, null);
  }

  /** The settings of versions before {@code verify}, {@code publish_unverified}, {@code instructions} and prices. */
  public RepoConfig(String setup, String test, String model, Boolean thinking, String baseUrl, Integer maxSteps,
      Double maxCost, Duration timeout, Duration setupTimeout, SandboxChoice sandbox, ImageChoice image) {
    this(setup, test, model, thinking, baseUrl, maxSteps, maxCost, timeout, setupTimeout, sandbox, image, null, null,
        null, null, null);
  }

  public RepoConfig {
    ConfigValues.text("setup", setup);
    ConfigValues.text("test", test);
    ConfigValues.text("model", model);
    baseUrl = ConfigValues.url("base_url", baseUrl);
    ConfigValues.maxSteps(maxSteps);
    ConfigValues.maxCost(maxCost);
    ConfigValues.positive("timeout", timeout);
    ConfigValues.positive("setup_timeout", setupTimeout);
    ConfigValues.text("instructions", instructions);
  }

  /**
   * Reads {@code .fixer.yml} or {@code .fixer.yaml} at {@code repoRoot}.
   *
   * @return {@link #NONE} when neither file exists or the file holds no settings
   * @throws dev.fixer.runner.FixerException a usage error whose one-line message names the file,
   *     the line where known, what is wrong and how to fix it: both files present, an unreadable
   *     file, invalid YAML, a top level that is not a mapping, an unknown key, or a bad value
   */
  public static RepoConfig load(Path repoRoot) {
    return RepoConfigFile.load(repoRoot);
  }

  /** This config with every field that {@code overrides} sets replaced by its value. */
  public RepoConfig withOverrides(RepoConfig overrides) {
    return new RepoConfig(
        pick(overrides.setup, setup),
        pick(overrides.test, test),
        pick(overrides.model, model),
        pick(overrides.thinking, thinking),
        pick(overrides.baseUrl, baseUrl),
        pick(overrides.maxSteps, maxSteps),
        pick(overrides.maxCost, maxCost),
        pick(overrides.timeout, timeout),
        pick(overrides.setupTimeout, setupTimeout),
        pick(overrides.sandbox, sandbox),
        pick(overrides.image, image),
        pick(overrides.verify, verify),
        pick(overrides.publishUnverified, publishUnverified),
        pick(overrides.instructions, instructions),
        pick(overrides.price, price),
        pick(overrides.contextWindow, contextWindow),
        pick(overrides.onSetupFailure, onSetupFailure),
        pick(overrides.review, review),
        pick(overrides.sandboxSettings, sandboxSettings),
        pick(overrides.language, language));
  }

  private static <T> T pick(T override, T value) {
    return override != null ? override : value;
  }
}
