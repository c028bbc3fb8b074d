package dev.fixer.sandbox.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fixer.sandbox.BubblewrapSandbox;
import dev.fixer.sandbox.DockerEngine;
import dev.fixer.sandbox.DockerSandbox;
import dev.fixer.sandbox.ImageSource;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.Optional;

/** Real sandboxes for tests. Their tests skip, saying why, where bwrap or Docker cannot run; CI provides both. */
public final class Sandboxes {

  private Sandboxes() {}

  /** A bubblewrap sandbox on {@code workspace}; skips the test if bubblewrap cannot run here. */
  public static Sandbox bubblewrap(Path workspace, Path cache) throws InterruptedException {
    assumeBubblewrap();
    return BubblewrapSandbox.create(SandboxConfig.of(workspace, cache));
  }

  /**
   * Skips the test, saying why, where bubblewrap cannot run; fails it instead where the environment
   * variable {@code FIXER_REQUIRE_SANDBOXES} is set, as CI sets it, so nothing is skipped there.
   */
  public static void assumeBubblewrap() throws InterruptedException {
    assumeAvailable(BubblewrapSandbox.unavailableBecause());
  }

  /**
   * Skips the test, saying why, where no Docker engine answers; fails it instead where
   * {@code FIXER_REQUIRE_SANDBOXES} is set, as CI sets it.
   */
  public static void assumeDocker() {
    assumeAvailable(DockerEngine.unavailableBecause());
  }

  private static void assumeAvailable(Optional<String> problem) {
    if (problem.isPresent() && System.getenv("FIXER_REQUIRE_SANDBOXES") != null) {
      throw new AssertionError("FIXER_REQUIRE_SANDBOXES is set but " + problem.get());
    }
    assumeTrue(problem.isEmpty(), () -> "skipped: " + problem.orElse(""));
  }

  /**
   * A Docker sandbox of fixer's default image on {@code workspace}, built first if the engine lacks
   * it; skips the test if no engine answers.
   */
  public static Sandbox docker(Path workspace, Path cache) {
    assumeDocker();
    return DockerSandbox.start(null, SandboxConfig.of(workspace, cache), ImageSource.standard(), line -> { });
  }

  public static Sandbox local(Path workspace, Path cache) {
    return local(workspace, cache, ResourceLimits.DEFAULT);
  }

  /** A local sandbox under {@code limits}, for tests that hit one. */
  public static Sandbox local(Path workspace, Path cache, ResourceLimits limits) {
    return LocalSandbox.create(SandboxConfig.of(workspace, cache).withLimits(limits));
  }

  /** A bubblewrap sandbox under {@code limits}; skips the test if bubblewrap cannot run here. */
  public static Sandbox bubblewrap(Path workspace, Path cache, ResourceLimits limits) throws InterruptedException {
    assumeBubblewrap();
    return BubblewrapSandbox.create(SandboxConfig.of(workspace, cache).withLimits(limits));
  }

  /** A Docker sandbox of fixer's default image under {@code limits}; skips the test if no engine answers. */
  public static Sandbox docker(Path workspace, Path cache, ResourceLimits limits) {
    assumeDocker();
    return DockerSandbox.start(null, SandboxConfig.of(workspace, cache).withLimits(limits), ImageSource.standard(),
        line -> { });
  }
}
