package dev.fixer.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxChoiceTest {

  @Test
  void readsEachNameInAnyCase() {
    assertThat(SandboxChoice.parse("auto")).isEqualTo(SandboxChoice.AUTO);
    assertThat(SandboxChoice.parse("Docker")).isEqualTo(SandboxChoice.DOCKER);
    assertThat(SandboxChoice.parse("BWRAP")).isEqualTo(SandboxChoice.BWRAP);
    assertThat(SandboxChoice.parse(" none ")).isEqualTo(SandboxChoice.NONE);
  }

  @Test
  void acceptsBubblewrapForBwrap() {
    assertThat(SandboxChoice.parse("bubblewrap")).isEqualTo(SandboxChoice.BWRAP);
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    assertThatThrownBy(() -> SandboxChoice.parse("podman"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown sandbox 'podman': use auto, docker, bwrap or none");
  }

  @Test
  void wireNameIsWhatParseReads() {
    for (SandboxChoice choice : SandboxChoice.values()) {
      assertThat(SandboxChoice.parse(choice.wireName())).isEqualTo(choice);
    }
    assertThat(SandboxChoice.BWRAP.wireName()).isEqualTo("bwrap");
  }
}
