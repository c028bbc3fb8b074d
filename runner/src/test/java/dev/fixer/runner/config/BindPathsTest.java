package dev.fixer.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindPathsTest {

  @TempDir
  Path temp;

  private Path home() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home/dev"));
    Files.createDirectories(home.resolve(".cargo/bin"));
    Files.createDirectories(home.resolve(".rustup"));
    Files.createDirectories(home.resolve(".ssh"));
    Files.createDirectories(home.resolve(".cache/fixer"));
    return home;
  }

  @Test
  void expandsTheHomeAndKeepsAbsolutePaths() throws Exception {
    Path home = home();
    Path opt = Files.createDirectories(temp.resolve("opt/go"));

    assertThat(BindPaths.resolve(List.of("~/.cargo", "~/.rustup", opt.toString()), home, home.resolve(".cache/fixer")))
        .containsExactly(home.resolve(".cargo"), home.resolve(".rustup"), opt);
  }

  @Test
  void aMissingPathIsNamedWithTheFix() throws Exception {
    Path home = home();

    assertThatThrownBy(() -> BindPaths.resolve(List.of("~/.pyenv"), home, home.resolve(".cache/fixer")))
        .hasMessage("sandbox.bind names ~/.pyenv, but " + home.resolve(".pyenv") + " does not exist on this machine:"
            + " install the toolchain there, or remove it from sandbox.bind");
  }

  @Test
  void refusesTheHomeAndAboveFixersHomeAndSecretsReachedBySymlinkOrAbsolutePath() throws Exception {
    Path home = home();
    Path fixer = home.resolve(".cache/fixer");
    Path link = Files.createSymbolicLink(temp.resolve("keys"), home.resolve(".ssh"));

    assertThatThrownBy(() -> BindPaths.resolve(List.of(home.getParent().toString()), home, fixer))
        .hasMessageContaining("must not show your home directory");
    assertThatThrownBy(() -> BindPaths.resolve(List.of(home.resolve(".ssh").toString()), home, fixer))
        .hasMessageContaining("must not show ~/.ssh");
    assertThatThrownBy(() -> BindPaths.resolve(List.of(link.toString()), home, fixer))
        .hasMessageContaining("must not show ~/.ssh");
    assertThatThrownBy(() -> BindPaths.resolve(List.of("~/.cache"), home, fixer))
        .hasMessageContaining("must not show fixer's own home " + fixer + " (FIXER_HOME)");
  }
}
