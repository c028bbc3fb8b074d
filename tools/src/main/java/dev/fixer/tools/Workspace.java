package dev.fixer.tools;

import dev.fixer.tools.build.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository the tools work on, and the rule for the paths the model names: relative to the
 * root (or absolute under it, as the host or the sandbox sees it); never {@code ..} out of it, never
 * through a symlink that leads out of it, never into {@code .git}. The same rule for reading and
 * writing.
 */
public final class Workspace {

  private final Path root;
  private final String sandboxRoot;
  private final Optional<Language> language;

  private Workspace(Path root, String sandboxRoot, Optional<Language> language) {
    this.root = root;
    this.sandboxRoot = sandboxRoot;
    this.language = language;
  }

  /**
   * @param root the repository's directory on the host
   * @param sandboxRoot the same directory as commands in the sandbox see it (paths in their output
   *     start with it), e.g. {@code /workspace}
   */
  public static Workspace at(Path root, String sandboxRoot) {
    try {
      return new Workspace(root.toRealPath(), sandboxRoot, Optional.empty());
    } catch (IOException e) {
      throw new IllegalArgumentException("the workspace " + root + " does not exist", e);
    }
  }

  public Path root() {
    return root;
  }

  /** The root as commands in the sandbox see it. */
  public String sandboxRoot() {
    return sandboxRoot;
  }

  /** This workspace, whose build is {@code language}'s when one is named ({@code .fixer.yml language:}). */
  public Workspace withLanguage(Optional<Language> language) {
    return new Workspace(root, sandboxRoot, language);
  }

  /** The language {@code .fixer.yml} names; empty to detect the build from the files at the root. */
  public Optional<Language> language() {
    return language;
  }

  /**
   * The host path for {@code path} as the model wrote it; it may not exist yet.
   *
   * @throws RefusedPathException if the path leaves the repository or enters {@code .git}
   */
  public Path resolve(String path) throws RefusedPathException {
    String relative = relativeForm(path.strip());
    Path candidate;
    try {
      candidate = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw new RefusedPathException("'" + path + "' is not a valid path: " + e.getReason());
    }
    if (!candidate.startsWith(root)) {
      throw new RefusedPathException("'" + path + "' is outside the repository; paths are relative to its root");
    }
    refuseGit(path, root.relativize(candidate));
    Path real = realPathOfExistingPart(candidate);
    if (!real.startsWith(root)) {
      throw new RefusedPathException("'" + path + "' leads out of the repository through a symbolic link");
    }
    refuseGit(path, root.relativize(real));
    return candidate;
  }

  /** {@code file} relative to the root, with forward slashes, as the model should write it. */
  public String display(Path file) {
    String relative = root.relativize(file.toAbsolutePath().normalize()).toString();
    return relative.isEmpty() ? "." : relative;
  }

  private String relativeForm(String path) throws RefusedPathException {
    if (path.isEmpty() || path.equals(".") || path.equals("./")) {
      return "";
    }
    if (!path.startsWith("/")) {
      return path;
    }
    for (String prefix : new String[] {root.toString(), sandboxRoot}) {
      if (path.equals(prefix)) {
        return "";
      }
      if (path.startsWith(prefix + "/")) {
        return path.substring(prefix.length() + 1);
      }
    }
    throw new RefusedPathException("'" + path + "' is outside the repository; paths are relative to its root");
  }

  private static void refuseGit(String path, Path relative) throws RefusedPathException {
    for (Path part : relative) {
      if (part.toString().equals(".git")) {
        throw new RefusedPathException("'" + path + "' is inside .git, which the tools do not read or change;"
            + " fixer commits the work itself");
      }
    }
  }

  /** The real path of the longest existing prefix of {@code path}, with the rest appended. */
  private static Path realPathOfExistingPart(Path path) throws RefusedPathException {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      if (Files.isSymbolicLink(existing)) {
        throw new RefusedPathException("'" + path + "' is a symbolic link to nothing");
      }
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    } catch (IOException e) {
      throw new RefusedPathException("cannot resolve '" + path + "': " + e.getMessage());
    }
  }
}
