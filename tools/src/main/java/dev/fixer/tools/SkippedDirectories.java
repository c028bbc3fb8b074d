package dev.fixer.tools;

import java.util.Set;

/** Directories the file tools pass over unless asked for by name: {@code .git}, build output and caches. */
final class SkippedDirectories {

  private static final Set<String> NOISE = Set.of(
      "target", "build", "node_modules", ".gradle", ".idea", "__pycache__", "dist", ".venv",
      ".mypy_cache", ".pytest_cache", ".tox");

  private SkippedDirectories() {}

  /** Whether a directory of this name is build output or a cache, which listings leave out. */
  static boolean isNoise(String name) {
    return NOISE.contains(name);
  }

  /** Whether a directory of this name is never entered: {@code .git}, or noise. */
  static boolean isSkipped(String name) {
    return name.equals(".git") || isNoise(name);
  }
}
