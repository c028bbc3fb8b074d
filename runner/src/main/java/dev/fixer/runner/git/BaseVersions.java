package dev.fixer.runner.git;

import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Puts the HEAD versions of some changed files back in the work tree for a while, e.g. to run the
 * agent's new tests against the code before its fix. The agent's versions wait in a stash directory
 * with a list of what they are, written before anything in the work tree changes, so that a run killed
 * in between can put them back ({@link #restore}). They come back with their owner and mode, so that a
 * sandbox user who owned them still does.
 */
final class BaseVersions {

  private static final String LIST = "changes.txt";
  private static final String FILES = "files";

  private BaseVersions() {}

  /** Stashes the agent's versions of {@code changes} in {@code stash} and puts their HEAD versions in place. */
  static void swapIn(Repository repo, List<FileChange> changes, Path stash) throws IOException, GitAPIException {
    if (Files.exists(stash.resolve(LIST))) {
      throw new IOException("a stash of the agent's files is already in " + stash + ": restore it first");
    }
    Path workTree = repo.getWorkTree().toPath();
    StringBuilder list = new StringBuilder();
    for (FileChange change : changes) {
      Path file = workTree.resolve(change.path());
      if (change.kind() != FileChange.Kind.DELETED) {
        Path copy = stash.resolve(FILES).resolve(change.path());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
      }
      list.append(change.kind().name()).append(' ').append(change.path()).append('\n');
    }
    Files.createDirectories(stash);
    Files.writeString(stash.resolve(LIST + ".tmp"), list, StandardCharsets.UTF_8);
    Files.move(stash.resolve(LIST + ".tmp"), stash.resolve(LIST), StandardCopyOption.ATOMIC_MOVE);
    List<String> fromHead = new ArrayList<>();
    for (FileChange change : changes) {
      if (change.kind() == FileChange.Kind.ADDED) {
        Files.deleteIfExists(workTree.resolve(change.path()));
      } else {
        fromHead.add(change.path());
      }
    }
    if (!fromHead.isEmpty()) {
      try (Git git = Git.wrap(repo)) {
        git.checkout().setStartPoint(Constants.HEAD).addPaths(fromHead).call();
      }
    }
  }

  /**
   * Puts the agent's versions stashed in {@code stash} back and removes the stash.
   *
   * @return whether there was a stash to put back
   */
  static boolean restore(Repository repo, Path stash) throws IOException {
    Path list = stash.resolve(LIST);
    if (!Files.exists(list)) {
      TextFiles.deleteTree(stash);
      return false;
    }
    Path workTree = repo.getWorkTree().toPath();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space < 0) {
        continue;
      }
      FileChange.Kind kind = FileChange.Kind.valueOf(line.substring(0, space));
      String path = line.substring(space + 1);
      Path file = workTree.resolve(path);
      if (kind == FileChange.Kind.DELETED) {
        Files.deleteIfExists(file);
      } else {
        Files.createDirectories(file.getParent());
        Files.copy(stash.resolve(FILES).resolve(path), file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
    }
    Files.delete(list);
    TextFiles.deleteTree(stash);
    return true;
  }
}
