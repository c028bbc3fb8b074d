package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import dev.fixer.tools.build.Builds;
import dev.fixer.tools.build.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupTest {

  @TempDir
  Path repo;

  @TempDir
  Path cache;

  @Test
  void aFailingSetupIsReportedWithItsOutputTail() throws Exception {
    try (Sandbox sandbox = Sandboxes.local(repo, cache)) {
      SetupResult result = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox,
          Optional.of("echo resolving; echo 'could not resolve junit'; exit 2"), Duration.ofMinutes(1));

      assertThat(result.ran()).isTrue();
      assertThat(result.succeeded()).isFalse();
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.outputTail()).isEqualTo("resolving\ncould not resolve junit");
    }
  }

  @Test
  void aSetupKilledAtTheMemoryLimitSaysSoAndNamesTheSetting() throws Exception {
    try (Sandbox sandbox = Sandboxes.local(repo, cache, ResourceLimits.DEFAULT.withMemoryBytes(256L << 20))) {
      SetupResult result = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox,
          Optional.of("python3 -c 'b = bytearray(1024 * 1024 * 1024); print(\"allocated\")'"), Duration.ofMinutes(1));

      assertThat(result.succeeded()).isFalse();
      assertThat(result.outputTail()).doesNotContain("allocated");
      assertThat(result.cause()).contains("the setup script", "256 MiB memory limit", "raise limits.memory in .fixer.yml");
    }
  }

  @Test
  void anOrdinaryFailureHasNoCause() throws Exception {
    try (Sandbox sandbox = Sandboxes.local(repo, cache)) {
      SetupResult result = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.of("exit 2"),
          Duration.ofMinutes(1));

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.cause()).isEmpty();
    }
  }

  @Test
  void withoutABuildNothingRunsAndTheResultSaysWhy() throws Exception {
    try (Sandbox sandbox = Sandboxes.local(repo, cache)) {
      SetupResult result = Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.empty(), Duration.ofMinutes(1));

      assertThat(result.ran()).isFalse();
      assertThat(result.succeeded()).isTrue();
      assertThat(result.outputTail()).startsWith("nothing to set up").contains("pom.xml").contains("go.mod")
          .contains("test: <command>");
    }
  }

  @Test
  void theNamedLanguagesSetupRunsWhereNoBuildFileWouldBeFound() throws Exception {
    try (Sandbox sandbox = Sandboxes.local(repo, cache)) {
      Workspace workspace = Workspace.at(repo, sandbox.workdir()).withLanguage(Language.named("go"));

      SetupResult result = Setup.run(workspace, sandbox, Optional.empty(), Duration.ofMinutes(1));

      assertThat(result.ran()).isTrue();
      assertThat(result.command()).isEqualTo(Builds.detect(repo, Language.named("go")).orElseThrow().setupScript())
          .contains("go ");
    }
  }

  @Test
  void theSandboxHomeIsTheCacheTheSetupFills() throws Exception {
    try (Sandbox sandbox = Sandboxes.local(repo, cache)) {
      Setup.run(Workspace.at(repo, sandbox.workdir()), sandbox, Optional.of("mkdir -p \"$HOME/.m2\" && touch \"$HOME/.m2/filled\""),
          Duration.ofMinutes(1));

      assertThat(cache.resolve("home-local-" + Files.getAttribute(Path.of("/proc/self"), "unix:uid") + "/.m2/filled"))
          .exists();
    }
  }
}
