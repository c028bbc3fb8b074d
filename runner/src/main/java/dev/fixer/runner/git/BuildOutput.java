package dev.fixer.runner.git;

import java.util.Locale;
import java.util.Set;

/**
 * Paths that are build output or caches of the common toolchains, which fixer never commits even where
 * the repository has no {@code .gitignore} for them: {@code target/}, {@code build/},
 * {@code __pycache__/}, {@code node_modules/}, {@code *.pyc} and the like. A directory that holds
 * tracked files is the repository's own, not output, and is not matched by its name.
 */
final class BuildOutput {

  private static final Set<String> DIRECTORIES = Set.of("target", "build", "out", "dist", "__pycache__",
      ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".venv", "venv", ".gradle", ".eggs",
      "node_modules", ".next", ".nuxt", ".parcel-cache", ".turbo", "coverage", ".nyc_output", ".cache",
      ".hypothesis", ".idea", ".vscode", ".m2", ".cargo", "bin", "obj", ".sass-cache", "htmlcov");
  private static final Set<String> SUFFIXES = Set.of(".pyc", ".pyo", ".class", ".o", ".so", ".dylib", ".dll",
      ".exe", ".jar", ".war", ".egg-info", ".log", ".tmp", ".swp", ".orig", ".rej", ".coverage");
  private static final Set<String> NAMES = Set.of(".DS_Store", "Thumbs.db", ".coverage", "nohup.out");

  private BuildOutput() {}

  /**
   * Whether {@code path} (repository-relative, {@code /} separators) is output: a file with an output
   * name or suffix, or a file under a directory with an output name that holds no tracked file.
   *
   * @param trackedDirs every directory that holds a tracked file, repository-relative
   */
  static boolean matches(String path, Set<String> trackedDirs) {
    String[] parts = path.split("/");
    String name = parts[parts.length - 1];
    if (NAMES.contains(name) || SUFFIXES.stream().anyMatch(suffix -> name.toLowerCase(Locale.ROOT).endsWith(suffix))) {
      return true;
    }
    StringBuilder dir = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      dir.append(i == 0 ? "" : "/").append(parts[i]);
      if ((DIRECTORIES.contains(parts[i]) || parts[i].endsWith(".egg-info")) && !trackedDirs.contains(dir.toString())) {
        return true;
      }
    }
    return false;
  }
}
