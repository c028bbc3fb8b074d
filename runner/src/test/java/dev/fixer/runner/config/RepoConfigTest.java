package dev.fixer.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RepoConfigTest {

  private static RepoConfig steps(Integer maxSteps) {
    return new RepoConfig(null, null, null, null, null, maxSteps, null, null, null, null, null);
  }

  @Test
  void noneHasEveryFieldUnset() {
    assertThat(RepoConfig.NONE).isEqualTo(steps(null));
    assertThat(RepoConfig.NONE.test()).isNull();
    assertThat(RepoConfig.NONE.sandbox()).isNull();
  }

  @Test
  void rejectsValuesThatBreakTheRulesNamingTheKey() {
    assertThatThrownBy(() -> steps(4001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_steps must be between 1 and 4000, got 4001");
    assertThatThrownBy(() -> new RepoConfig(null, null, null, null, null, null, -1.0, null, null, null, null))
        .hasMessageStartingWith("max_cost must be more than 0");
    assertThatThrownBy(() -> new RepoConfig(null, null, null, null, null, null, null, Duration.ZERO, null, null, null))
        .hasMessageStartingWith("timeout must be longer than zero");
    assertThatThrownBy(() -> new RepoConfig(" ", null, null, null, null, null, null, null, null, null, null))
        .hasMessageStartingWith("setup must not be empty");
    assertThatThrownBy(() -> new RepoConfig(null, null, null, null, "ftp://x", null, null, null, null, null, null))
        .hasMessageStartingWith("base_url must be an http(s) URL");
  }

  @Test
  void overridesReplaceOnlyTheFieldsTheySet() {
    RepoConfig file = new RepoConfig("make deps", "make test", "kimi-k2.6", false, null, 100, 1.0,
        Duration.ofMinutes(30), null, SandboxChoice.DOCKER, null);
    RepoConfig flags = new RepoConfig(null, null, "other-model", true, null, null, null,
        Duration.ofHours(1), null, null, null);

    assertThat(file.withOverrides(flags)).isEqualTo(new RepoConfig("make deps", "make test",
        "other-model", true, null, 100, 1.0, Duration.ofHours(1), null, SandboxChoice.DOCKER, null));
    assertThat(file.withOverrides(RepoConfig.NONE)).isEqualTo(file);
  }
}
