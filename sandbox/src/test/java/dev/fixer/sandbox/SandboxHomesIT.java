package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker and bubblewrap on one fixer home: each has its own sandbox home, so neither breaks the other's. */
class SandboxHomesIT {

  private static final String TOOLS_WRITE = "mkdir -p ~/.npm ~/.venvs && touch ~/.npm/x ~/.venvs/y && echo wrote";

  @TempDir Path outside;

  @Test
  void bubblewrapRunsAfterDockerOnTheSameCache() throws Exception {
    Sandboxes.assumeDocker();
    Sandboxes.assumeBubblewrap();
    Path workspace = Files.createDirectories(outside.resolve("repo"));
    Path cache = outside.resolve("sandbox");

    ExecResult docker;
    try (Sandbox sandbox = Sandboxes.docker(workspace, cache)) {
      docker = sandbox.exec(ExecRequest.shell(TOOLS_WRITE).withTimeout(Duration.ofSeconds(60)));
    }
    ExecResult bubblewrap;
    try (Sandbox sandbox = Sandboxes.bubblewrap(workspace, cache)) {
      bubblewrap = sandbox.exec(ExecRequest.shell(TOOLS_WRITE).withTimeout(Duration.ofSeconds(60)));
    }

    assertThat(docker.stdout()).as("docker: " + docker.stdout()).contains("wrote");
    assertThat(bubblewrap.stdout()).as("bubblewrap: " + bubblewrap.stdout()).contains("wrote");
    assertThat(cache.resolve("home-docker/.npm/x")).exists();
    assertThat(cache.resolve("home-bwrap-" + SandboxUser.self() + "/.npm/x")).exists();
    assertThat(cache.resolve("home")).doesNotExist();
  }

  @Test
  void bubblewrapRepairsAHomeThatAnotherUserOwns() throws Exception {
    Sandboxes.assumeBubblewrap();
    org.assertj.core.api.Assumptions.assumeThat(SandboxUser.self()).as("chown needs root").isZero();
    Path workspace = Files.createDirectories(outside.resolve("repo"));
    Path cache = outside.resolve("sandbox");
    Path home = Files.createDirectories(cache.resolve("home-bwrap-0/.npm"));
    SandboxUser.giveTo(home.getParent(), SandboxUser.UID, SandboxUser.UID);

    ExecResult result;
    try (Sandbox sandbox = Sandboxes.bubblewrap(workspace, cache)) {
      result = sandbox.exec(ExecRequest.shell(TOOLS_WRITE).withTimeout(Duration.ofSeconds(60)));
    }

    assertThat(result.stdout()).contains("wrote");
    assertThat(Files.getAttribute(home.resolve("x"), "unix:uid")).isEqualTo(0);
  }
}
