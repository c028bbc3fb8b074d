package dev.fixer.runner.git;

import java.util.Objects;

/**
 * One changed file, as {@code git diff --numstat} sees it (no rename detection: a rename is a
 * deletion and an addition).
 *
 * @param path repository-relative, with {@code /} separators
 * @param kind whether the file was added, modified or deleted
 * @param added lines added; 0 for a binary file
 * @param removed lines removed; 0 for a binary file
 */
public record FileChange(String path, Kind kind, int added, int removed) {

  /** How the file changed. */
  public enum Kind { ADDED, MODIFIED, DELETED }

  public FileChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a changed file needs a path");
    }
    if (added < 0 || removed < 0) {
      throw new IllegalArgumentException("line counts of " + path + " must not be negative: +" + added + " -" + removed);
    }
  }
}
