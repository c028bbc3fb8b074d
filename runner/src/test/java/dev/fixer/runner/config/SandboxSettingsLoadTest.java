package dev.fixer.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import dev.fixer.sandbox.ResourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limits:} and {@code sandbox: bind:} in {@code .fixer.yml}. */
class SandboxSettingsLoadTest {

  @TempDir
  Path repo;

  private RepoConfig load(String yaml) throws IOException {
    Files.writeString(repo.resolve(".fixer.yml"), yaml);
    return RepoConfig.load(repo);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> loadFails(String yaml) throws IOException {
    Files.writeString(repo.resolve(".fixer.yml"), yaml);
    return assertThatThrownBy(() -> RepoConfig.load(repo))
        .isInstanceOf(FixerException.class)
        .satisfies(e -> assertThat(((FixerException) e).exitCode()).isEqualTo(2));
  }

  private String file() {
    return repo.resolve(".fixer.yml").toString();
  }

  @Test
  void readsTheLimits() throws IOException {
    SandboxSettings settings = load("limits: {memory: 8g, processes: 4096, timeout: 45m}\n").sandboxSettings();

    assertThat(settings).isEqualTo(new SandboxSettings(8L << 30, 4096, Duration.ofMinutes(45), List.of()));
    ResourceLimits limits = settings.limits(ResourceLimits.DEFAULT);
    assertThat(limits.memoryBytes()).isEqualTo(8L << 30);
    assertThat(limits.processes()).isEqualTo(4096);
    assertThat(limits.fileSizeBytes()).isEqualTo(ResourceLimits.DEFAULT.fileSizeBytes());
  }

  @Test
  void sizesTakeBinaryUnitsInAnyCase() throws IOException {
    assertThat(load("limits:\n  memory: 6GiB\n").sandboxSettings().memoryBytes()).isEqualTo(6L << 30);
    assertThat(load("limits:\n  memory: 512m\n").sandboxSettings().memoryBytes()).isEqualTo(512L << 20);
    assertThat(load("limits:\n  memory: 2G\n").sandboxSettings().memoryBytes()).isEqualTo(2L << 30);
  }

  @Test
  void withoutLimitsOrBindNothingIsSet() throws IOException {
    assertThat(load("sandbox: bwrap\n").sandboxSettings()).isNull();
    assertThat(load("sandbox: bwrap\n").sandbox()).isEqualTo(SandboxChoice.BWRAP);
    assertThat(SandboxSettings.NONE.limits(ResourceLimits.DEFAULT)).isEqualTo(ResourceLimits.DEFAULT);
    assertThat(SandboxSettings.NONE.timeoutOr(Duration.ofMinutes(20))).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void badLimitsAreNamedWithTheirKeyAndLine() throws IOException {
    loadFails("test: x\nlimits:\n  memory: lots\n").hasMessage("limits.memory in " + file()
        + " (line 3) must be a size such as 8g, 6GiB or 512m, got 'lots'");
    loadFails("limits:\n  memory: 100m\n").hasMessage("limits.memory in " + file()
        + " (line 2) must be at least 256m, got '100m'");
    loadFails("limits:\n  memory: 8\n").hasMessageContaining("limits.memory in " + file() + " (line 2) must be at"
        + " least 256m, got 8 (bytes: write a unit, as in 8g)");
    loadFails("limits:\n  processes: 10\n").hasMessage("limits.processes in " + file()
        + " (line 2) must be between 64 and 4194304, got 10");
    loadFails("limits:\n  processes: many\n").hasMessage("limits.processes in " + file()
        + " (line 2) must be a whole number such as 4096, got 'many'");
    loadFails("limits:\n  timeout: soon\n").hasMessageStartingWith("limits.timeout in " + file() + " (line 2) is not valid");
    loadFails("limits:\n  memroy: 8g\n").hasMessage("limits.memroy in " + file()
        + " (line 2) is not a known key: did you mean 'memory'? Known keys of limits: memory, processes, timeout");
    loadFails("limits: 8g\n").hasMessage("limits in " + file()
        + " (line 1) must be a mapping of memory, processes, timeout, got '8g'");
  }

  @Test
  void readsTheSandboxAsAMappingWithItsKindAndBind() throws IOException {
    RepoConfig config = load("sandbox:\n  kind: bwrap\n  bind: [~/.cargo, ~/.rustup, /opt/toolchains]\n");

    assertThat(config.sandbox()).isEqualTo(SandboxChoice.BWRAP);
    assertThat(config.sandboxSettings().bind()).containsExactly("~/.cargo", "~/.rustup", "/opt/toolchains");
    assertThat(load("sandbox: {bind: [~/.cargo]}\n").sandbox()).isNull();
  }

  @Test
  void badBindsAreNamedWithTheirKeyAndLine() throws IOException {
    loadFails("sandbox:\n  bind: [~/.ssh]\n").hasMessage("sandbox.bind in " + file()
        + " (line 2) must not show ~/.ssh to the sandbox, where keys and tokens live, got ~/.ssh");
    loadFails("sandbox:\n  bind: [~/.config]\n").hasMessageContaining("must not show ~/.config/gh");
    loadFails("sandbox:\n  bind: [~/.config/gh/hosts.yml]\n").hasMessageContaining("must not show ~/.config/gh");
    loadFails("sandbox:\n  bind: ['~']\n").hasMessageContaining("must not show your whole home directory");
    loadFails("sandbox:\n  bind: [/]\n").hasMessageContaining("must not show / to the sandbox");
    loadFails("sandbox:\n  bind: [cargo]\n").hasMessageContaining("must list absolute paths or paths under ~/");
    loadFails("sandbox:\n  bind: {cargo: 1}\n").hasMessageContaining("sandbox.bind in " + file()
        + " (line 2) must be a list of paths");
    loadFails("sandbox:\n  kind: podman\n").hasMessageContaining("sandbox.kind in " + file() + " (line 2)");
    loadFails("sandbox:\n  mounts: [~/.cargo]\n").hasMessageContaining("sandbox.mounts in " + file()
        + " (line 2) is not a known key");
  }
}
