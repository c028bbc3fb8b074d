package dev.fixer.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What every sandbox needs to know.
 *
 * @param workspace the host directory of the work copy; mounted read-write
 * @param cache a host directory owned by fixer that holds the sandboxes' homes, one per kind and
 *     user ({@code home-docker}, {@code home-bwrap-<uid>}, {@code home-local-<uid>}): dependency
 *     caches (Maven's {@code ~/.m2}, Gradle's, npm's) filled in the setup phase and reused offline
 * @param limits what one command may take
 * @param extraReadOnly more host paths to show read-only at the same path (a toolchain under
 *     {@code /opt}, say); never a home directory with secrets in it
 */
public record SandboxConfig(Path workspace, Path cache, ResourceLimits limits, List<Path> extraReadOnly) {

  public SandboxConfig {
    workspace = workspace.toAbsolutePath().normalize();
    cache = cache.toAbsolutePath().normalize();
    Objects.requireNonNull(limits, "limits");
    extraReadOnly = extraReadOnly.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    if (cache.startsWith(workspace)) {
      throw new IllegalArgumentException("the cache " + cache + " must not be inside the workspace " + workspace);
    }
  }

  public static SandboxConfig of(Path workspace, Path cache) {
    return new SandboxConfig(workspace, cache, ResourceLimits.DEFAULT, List.of());
  }

  public SandboxConfig withLimits(ResourceLimits newLimits) {
    return new SandboxConfig(workspace, cache, newLimits, extraReadOnly);
  }

  public SandboxConfig withExtraReadOnly(List<Path> paths) {
    return new SandboxConfig(workspace, cache, limits, paths);
  }
}
