package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The user's checkout, which fixer reads but never changes: no method touches its work tree, index
 * or HEAD ({@link #cloneFrom} makes a new checkout for batch runs). The only writes are {@link #fetchBranch}'s: one local branch, added or fast-forwarded,
 * and {@code .git/FETCH_HEAD}, as {@code git fetch} writes it.
 * Failures are {@link FixerException}s: usage for a directory that is not a usable checkout,
 * infrastructure for git failing underneath. {@link #close()} closes the JGit repository.
 */
public final class UserRepo implements AutoCloseable {

  private final Repository repo;
  private final Path root;

  private UserRepo(Repository repo, Path root) {
    this.repo = repo;
    this.root = root;
  }

  /**
   * Opens the checkout that contains {@code dir}, which may be any directory inside its work tree.
   *
   * @throws FixerException (usage) if {@code dir} does not exist, is not a directory inside a git work
   *     tree, or is a bare repository
   */
  public static UserRepo open(Path dir) {
    if (!Files.exists(dir)) {
      throw FixerException.usage("--repo " + dir + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw FixerException.usage("--repo " + dir + " is a file: pass the directory of a git checkout");
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw notARepository(dir, null);
    }
    Repository repo;
    try {
      repo = builder.setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw notARepository(dir, e);
    }
    if (repo.isBare()) {
      repo.close();
      throw FixerException.usage(dir + " is a bare repository: fixer needs a checkout with a work tree;"
          + " pass --repo DIR of a non-bare clone");
    }
    try {
      return new UserRepo(repo, repo.getWorkTree().toPath().toRealPath());
    } catch (IOException e) {
      repo.close();
      throw FixerException.infrastructure("cannot resolve the work tree of " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Clones {@code remote} into {@code dir}, as {@code git clone} does: the remote's default branch (what
   * its HEAD names) checked out, {@code remote.origin.url} set to {@link RemoteAccess#url()}; the token
   * is used for the fetch and written nowhere. Returns the clone, open; the caller closes it.
   *
   * @param dir absent or an empty directory; left empty if the clone fails
   * @throws FixerException (usage) if {@code dir} is a file or not empty, the remote refuses the
   *     credentials, or has no repository there; (infrastructure) if it cannot be
   *     reached or the clone cannot be written
   */
  public static UserRepo cloneFrom(RemoteAccess remote, Path dir) {
    RemoteClone.run(remote, dir);
    return open(dir);
  }

  private static FixerException notARepository(Path dir, Exception cause) {
    return FixerException.usage(
        dir + " is not a git repository: run fixer inside a git checkout or pass --repo DIR", cause);
  }

  /** The work tree's root: absolute, symlinks resolved. */
  public Path root() {
    return root;
  }

  /**
   * The full sha of the commit HEAD points at.
   *
   * @throws FixerException (usage) if the repository has no commits yet
   */
  public String headCommit() {
    try {
      ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
      if (head == null) {
        throw FixerException.usage("the repository at " + root + " has no commits yet: commit something first");
      }
      return head.name();
    } catch (IOException e) {
      throw failure("cannot read HEAD", e);
    }
  }

  /** The checked-out branch's short name, e.g. {@code main}; empty when HEAD is detached. */
  public Optional<String> currentBranch() {
    try {
      Ref head = repo.exactRef(Constants.HEAD);
      if (head == null || !head.isSymbolic()) {
        return Optional.empty();
      }
      return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
    } catch (IOException e) {
      throw failure("cannot read HEAD", e);
    }
  }

  /**
   * Every path git would call uncommitted: staged, modified, deleted, conflicting, and untracked
   * files that are not ignored. Repository-relative, sorted, without duplicates.
   */
  public List<String> uncommittedPaths() {
    try {
      return WorkingTreeChanges.uncommittedPaths(repo);
    } catch (GitAPIException | JGitInternalException e) {
      throw failure("cannot read the status", e);
    }
  }

  /** {@code remote.origin.url}, if set. */
  public Optional<String> originUrl() {
    return Optional.ofNullable(repo.getConfig().getString("remote", "origin", "url"));
  }

  /**
   * Where {@code git push origin} would push: {@code remote.origin.pushurl} if set, else
   * {@code remote.origin.url}; empty when neither is. {@code url.<base>.insteadOf} rewrites are not
   * applied.
   */
  public Optional<String> originPushUrl() {
    String pushUrl = repo.getConfig().getString("remote", "origin", "pushurl");
    return pushUrl == null || pushUrl.isBlank() ? originUrl() : Optional.of(pushUrl);
  }

  /**
   * {@code user.name} and {@code user.email} as git would resolve them (repository, global, system
   * config); {@link Identity#FIXER} when either is missing or blank.
   */
  public Identity identity() {
    Config config = repo.getConfig();
    String name = config.getString("user", null, "name");
    String email = config.getString("user", null, "email");
    if (name == null || name.isBlank() || email == null || email.isBlank()) {
      return Identity.FIXER;
    }
    return new Identity(name.strip(), email.strip());
  }

  /** Whether a local branch {@code refs/heads/<name>} exists. */
  public boolean hasBranch(String name) {
    try {
      return repo.exactRef(Constants.R_HEADS + name) != null;
    } catch (IOException e) {
      throw failure("cannot read branch " + name, e);
    }
  }

  /** {@code wanted} if there is no such local branch, else the first free {@code wanted-2}, {@code wanted-3}, ... */
  public String freeBranchName(String wanted) {
    BranchNames.requireValid(wanted);
    String name = wanted;
    for (int n = 2; hasBranch(name); n++) {
      name = wanted + "-" + n;
    }
    return name;
  }

  /**
   * Fetches {@code refs/heads/<branch>} of the work copy at {@code workCopyRoot} into the same
   * branch here: created if new, fast-forwarded if it already holds an ancestor, never forced. The
   * work tree, index and HEAD stay as they are.
   *
   * @throws FixerException (usage) if {@code branch} is the branch checked out here;
   *     (infrastructure) if git rejects the update, e.g. because a branch of that name with other
   *     history exists, or the fetch fails
   */
  public void fetchBranch(Path workCopyRoot, String branch) {
    BranchNames.requireValid(branch);
    if (currentBranch().filter(branch::equals).isPresent()) {
      throw FixerException.usage("branch " + branch + " is checked out in " + root
          + ": switch to another branch there and run again");
    }
    BranchFetch.run(repo, root, workCopyRoot, branch);
  }

  /** The commits whose parents a shallow clone lacks; empty for a full clone. */
  Set<ObjectId> shallowCommits() {
    try {
      return repo.getObjectDatabase().getShallowCommits();
    } catch (IOException e) {
      throw failure("cannot read the shallow commits", e);
    }
  }

  /** Closes the JGit repository. */
  @Override
  public void close() {
    repo.close();
  }

  private FixerException failure(String what, Exception e) {
    return FixerException.infrastructure(what + " of the repository at " + root + ": " + e.getMessage(), e);
  }
}
