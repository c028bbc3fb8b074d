package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.config.SandboxChoice;
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
  void badBudgetsAreNamed() {
    assertThatThrownBy(() -> Plans.settle(flags(null, 0, null, null), RepoConfig.NONE))
        .isInstanceOf(FixerException.class).hasMessageContaining("--max-steps must be between 1 and 4000, got 0");
    assertThatThrownBy(() -> Plans.settle(flags("replay:", null, null, null), RepoConfig.NONE))
        .isInstanceOf(FixerException.class).hasMessageContaining("--model replay: needs a file");
  }
}
