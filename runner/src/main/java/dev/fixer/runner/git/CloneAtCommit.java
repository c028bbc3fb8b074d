package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;

/**
 * {@code git clone} of a local repository with a new branch checked out at a given commit. Unlike
 * JGit's clone command it also works when the source's HEAD is detached on a commit no branch
 * reaches: the source's HEAD is fetched as {@code refs/fixer/base}. The clone has
 * {@code fetch.autogc=false}, so no background gc outlives a fetch.
 */
final class CloneAtCommit {

  static final String BASE_REF = "refs/fixer/base";
  private static final String BRANCHES = "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + "origin/*";

  private CloneAtCommit() {}

  /** @throws FixerException (usage) if {@code dir} is a file or a directory with something in it */
  static void requireEmptyDirectory(Path dir) {
    requireEmptyDirectory(dir, "the work copy");
  }

  /**
   * @param role what {@code dir} is for, as messages name it, e.g. {@code "the work copy"}
   * @throws FixerException (usage) if {@code dir} is a file or a directory with something in it
   */
  static void requireEmptyDirectory(Path dir, String role) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw FixerException.usage(role + " " + dir + " is a file: remove it or choose another directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw FixerException.usage(role + " " + dir + " is not empty: remove it or choose another directory");
      }
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the clone, open; the caller closes it. {@code dir} is empty or absent. {@code shallow}
   * are the source's shallow commits (empty unless it is a shallow clone); the clone records those
   * it received, as git does, so that git does not take it for a corrupt repository.
   */
  static Repository clone(Path source, Set<ObjectId> shallow, Path dir, String base, String branch)
      throws IOException, GitAPIException {
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch(branch).call();
    try {
      Repository repo = git.getRepository();
      StoredConfig config = repo.getConfig();
      config.setString("remote", "origin", "url", source.toString());
      config.setString("remote", "origin", "fetch", BRANCHES);
      config.setBoolean("fetch", null, "autogc", false);
      config.save();
      git.fetch().setRemote("origin").setRefSpecs(new RefSpec(BRANCHES), new RefSpec("+HEAD:" + BASE_REF)).call();
      keepShallow(repo, shallow);
      ObjectId baseId = ObjectId.fromString(base);
      try (RevWalk walk = new RevWalk(repo)) {
        walk.parseCommit(baseId);
      } catch (MissingObjectException e) {
        throw new IOException("commit " + base + " is no longer HEAD or on a branch of " + source
            + "; did HEAD move while cloning?", e);
      }
      git.reset().setMode(ResetType.HARD).setRef(base).call();
      return repo;
    } catch (IOException | GitAPIException | RuntimeException e) {
      git.getRepository().close();
      throw e;
    }
  }

  private static void keepShallow(Repository repo, Set<ObjectId> shallow) throws IOException {
    Set<ObjectId> received = new HashSet<>();
    for (ObjectId commit : shallow) {
      if (repo.getObjectDatabase().has(commit)) {
        received.add(commit);
      }
    }
    if (!received.isEmpty()) {
      repo.getObjectDatabase().setShallowCommits(received);
    }
  }
}
