package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.SandboxSettings;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's config from {@code .fixer.yml}: limits for every kind, bound paths for bubblewrap only. */
class SandboxFactoryTest {

  @TempDir
  Path temp;

  private final List<String> lines = new ArrayList<>();

  private Map<String, String> env() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Files.createDirectories(home.resolve(".cargo"));
    Files.createDirectories(home.resolve(".rustup"));
    return Map.of("HOME", home.toString(), "FIXER_HOME", temp.resolve("fixer").toString());
  }

  private SandboxConfig config(SandboxChoice choice, SandboxSettings settings) throws Exception {
    return SandboxFactory.config(choice, settings, Files.createDirectories(temp.resolve("work")), env(), lines::add);
  }

  @Test
  void theLimitsOfTheConfigFileHoldInEverySandbox() throws Exception {
    SandboxSettings settings = new SandboxSettings(8L << 30, 4096, Duration.ofMinutes(45), List.of());

    for (SandboxChoice choice : List.of(SandboxChoice.DOCKER, SandboxChoice.BWRAP, SandboxChoice.NONE)) {
      ResourceLimits limits = config(choice, settings).limits();
      assertThat(limits.memoryBytes()).isEqualTo(8L << 30);
      assertThat(limits.processes()).isEqualTo(4096);
    }
    assertThat(config(SandboxChoice.BWRAP, SandboxSettings.NONE).limits()).isEqualTo(ResourceLimits.DEFAULT);
  }

  @Test
  void bubblewrapShowsTheBoundPathsFromTheHome() throws Exception {
    SandboxConfig config = config(SandboxChoice.BWRAP,
        new SandboxSettings(null, null, null, List.of("~/.cargo", "~/.rustup")));

    assertThat(config.extraReadOnly()).containsExactly(temp.resolve("home/.cargo"), temp.resolve("home/.rustup"));
    assertThat(lines).isEmpty();
  }

  @Test
  void dockerIgnoresTheBoundPathsWithANote() throws Exception {
    SandboxConfig config = config(SandboxChoice.DOCKER, new SandboxSettings(null, null, null, List.of("~/.cargo")));

    assertThat(config.extraReadOnly()).isEmpty();
    assertThat(lines).singleElement().asString().startsWith("note: sandbox.bind in .fixer.yml (~/.cargo) is for"
        + " bubblewrap").contains("Docker", "ignored");
  }

  @Test
  void aMissingBoundPathIsAUsageError() throws Exception {
    assertThatThrownBy(() -> config(SandboxChoice.BWRAP, new SandboxSettings(null, null, null, List.of("~/.pyenv"))))
        .isInstanceOf(FixerException.class)
        .satisfies(e -> assertThat(((FixerException) e).exitCode()).isEqualTo(2))
        .hasMessageContaining(".fixer.yml: sandbox.bind names ~/.pyenv").hasMessageContaining("does not exist");
  }
}
