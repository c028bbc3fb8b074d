package dev.fixer.tools.build;

/** Repository-relative paths as callers give them, made comparable. */
final class RepoPaths {

  private RepoPaths() {}

  /** Forward slashes, no leading {@code ./} or {@code /}, no trailing {@code /}. */
  static String normalise(String path) {
    String slashed = path.strip().replace('\\', '/');
    while (slashed.startsWith("./") || slashed.startsWith("/")) {
      slashed = slashed.substring(slashed.startsWith("./") ? 2 : 1);
    }
    while (slashed.endsWith("/")) {
      slashed = slashed.substring(0, slashed.length() - 1);
    }
    return slashed;
  }

  /** The directory of {@code path}, {@code ""} for a file at the root. */
  static String directory(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
