package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionsRunTest {

  @Test
  void theRunPageNeedsTheServerTheRepositoryAndTheRunId() {
    assertThat(ActionsRun.url(Map.of("GITHUB_SERVER_URL", "https://ghe.example.com/", "GITHUB_REPOSITORY",
        "octo-org/widgets", "GITHUB_RUN_ID", "1658821493")))
        .isEqualTo(Optional.of("https://ghe.example.com/octo-org/widgets/actions/runs/1658821493"));
    assertThat(ActionsRun.url(Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY",
        "octo-org/widgets"))).isEmpty();
    assertThat(ActionsRun.url(Map.of())).isEmpty();
  }
}
