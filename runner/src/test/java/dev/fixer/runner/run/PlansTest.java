package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.cost.ModelPrice;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.PublishUnverified;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.VerifyConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlansTest {

  private static RunFlags flags(String model, Integer maxSteps, Duration timeout, SandboxChoice sandbox) {
    return new RunFlags(Path.of("."), "issue.md", null, model, null, null, null, maxSteps, null, timeout, sandbox,
        null, null, null, false, false, false, false);
  }

  private static final RepoConfig CONFIG = new RepoConfig("make deps", "make test", "kimi-k2.5", false, null, 40,
      2.0, Duration.ofMinutes(20), Duration.ofMinutes(5), SandboxChoice.NONE, null);

  @Test
  void defaultsWhenNeitherFlagsNorConfigSayAnything() {
    RunPlan plan = Plans.settle(flags(null, null, null, null), RepoConfig.NONE);

    assertThat(plan.model()).isEqualTo("kimi-k2.6");
    assertThat(plan.maxSteps()).isEqualTo(100);
    assertThat(plan.maxCostUsd()).isEqualTo(5.0);
    assertThat(plan.timeout()).isEqualTo(Duration.ofHours(1));
    assertThat(plan.sandbox()).isEqualTo(SandboxChoice.AUTO);
    assertThat(plan.thinking()).isNull();
    assertThat(plan.setup()).isNull();
  }

  @Test
  void theConfigFileOverridesDefaults() {
    RunPlan plan = Plans.settle(flags(null, null, null, null), CONFIG);

    assertThat(plan).isEqualTo(new RunPlan("kimi-k2.5", false, null, 32_768, 40, 2.0, Duration.ofMinutes(20),
        SandboxChoice.NONE, "make deps", "make test", Duration.ofMinutes(5), null));
  }

  @Test
  void flagsOverrideTheConfigFile() {
    RunPlan plan = Plans.settle(flags("replay:t.jsonl", 7, Duration.ofMinutes(3), SandboxChoice.BWRAP), CONFIG);

    assertThat(plan.model()).isEqualTo("replay:t.jsonl");
    assertThat(plan.replays()).isTrue();
    assertThat(plan.replayFile()).isEqualTo("t.jsonl");
    assertThat(plan.maxSteps()).isEqualTo(7);
    assertThat(plan.timeout()).isEqualTo(Duration.ofMinutes(3));
    assertThat(plan.sandbox()).isEqualTo(SandboxChoice.BWRAP);
    assertThat(plan.test()).isEqualTo("make test");
  }

  @Test
  void aResumedRunKeepsItsPlanButTakesNewBudgets() {
    RunPlan saved = Plans.settle(flags(null, null, null, null), CONFIG);

    RunPlan resumed = Plans.resumed(saved, flags(null, 80, null, null));

    assertThat(resumed.maxSteps()).isEqualTo(80);
    assertThat(resumed.model()).isEqualTo("kimi-k2.5");
    assertThat(resumed.setup()).isEqualTo("make deps");
  }

  @Test
  void aCostLimitOnAModelWithoutAKnownPriceRefusesToStart() {
    RunFlags flags = new RunFlags(Path.of("."), "issue.md", null, "kimi-k2-thinking", null, null, null, null, 3.0,
        null, null, null, null, null, false, false, false, false);

    assertThatThrownBy(() -> Plans.settle(flags, RepoConfig.NONE)).isInstanceOf(FixerException.class)
        .satisfies(e -> assertThat(((FixerException) e).exitCode()).isEqualTo(2))
        .hasMessageContaining("a cost limit of $3.00 needs the price of model kimi-k2-thinking")
        .hasMessageContaining("--price-input").hasMessageContaining("--max-cost none");
  }

  @Test
  void anUnpricedModelRunsWithAGivenPriceOrWithoutALimit() {
    RunFlags priced = new RunFlags(Path.of("."), "issue.md", null, "kimi-k2-thinking", null, null, null, null, 3.0,
        null, null, null, null, null, false, false, false, false, null, new ModelPrice(0.6, 0.15, 2.5));
    RunFlags none = new RunFlags(Path.of("."), "issue.md", null, "kimi-k2-thinking", null, null, null, null,
        RunFlags.NO_COST_LIMIT, null, null, null, null, null, false, false, false, false);

    assertThat(Plans.settle(priced, RepoConfig.NONE).maxCostUsd()).isEqualTo(3.0);
    assertThat(Plans.pricing(Plans.settle(priced, RepoConfig.NONE), "kimi-k2-thinking").priceOf("kimi-k2-thinking"))
        .contains(new ModelPrice(0.6, 0.15, 2.5));
    assertThat(Plans.settle(none, RepoConfig.NONE).maxCostUsd()).isNull();
  }

  @Test
  void theDefaultCostLimitLapsesForAnUnpricedModelInsteadOfRefusing() {
    RunPlan plan = Plans.settle(flags("qwen3-coder", null, null, null), RepoConfig.NONE);

    assertThat(plan.maxCostUsd()).isNull();
    assertThat(Plans.priced(plan)).isFalse();
    assertThat(Plans.priced(Plans.settle(flags(null, null, null, null), RepoConfig.NONE))).isTrue();
  }

  @Test
  void attemptsVerificationAndWindowComeFromFlagsAndConfig() {
    RepoConfig config = new RepoConfig(null, null, null, null, null, null, null, null, null, null, null,
        new VerifyConfig(VerifyConfig.Scope.COMMAND, "make check", Duration.ofMinutes(3)), PublishUnverified.DRAFT,
        "Keep it small.", null, 131_072);
    RunFlags flags = new RunFlags(Path.of("."), "issue.md", null, null, null, null, null, null, null, null, null,
        null, null, null, false, false, false, false, 1, null);

    RunPlan plan = Plans.settle(flags, config);

    assertThat(plan.attempts()).isEqualTo(1);
    assertThat(plan.verify().command()).isEqualTo("make check");
    assertThat(plan.publishUnverified()).isEqualTo(PublishUnverified.DRAFT);
    assertThat(plan.instructions()).isEqualTo("Keep it small.");
    assertThat(plan.contextWindow()).isEqualTo(131_072);
    assertThat(Plans.settle(flags(null, null, null, null), RepoConfig.NONE).attempts()).isEqualTo(3);
  }

  @Test
  void badBudgetsAreNamed() {
    assertThatThrownBy(() -> Plans.settle(flags(null, 0, null, null), RepoConfig.NONE))
        .isInstanceOf(FixerException.class).hasMessageContaining("--max-steps must be between 1 and 4000, got 0");
    assertThatThrownBy(() -> Plans.settle(flags("replay:", null, null, null), RepoConfig.NONE))
        .isInstanceOf(FixerException.class).hasMessageContaining("--model replay: needs a file");
  }
}
