package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * fixer's own clone of the user's repository, where the agent works: created from the user's HEAD
 * (their uncommitted changes stay behind) with a new branch checked out, which may then go on from a
 * branch on origin instead ({@link #follow}); committed to by fixer, pushed only as a fast-forward, and
 * fetched back with {@link UserRepo#fetchBranch}. The base commit and branch are kept in the clone's
 * {@code .git/config} ({@code fixer.base}, {@code fixer.branch}), so {@link #open} can resume it.
 * Git failures are {@link FixerException}s (infrastructure). {@link #close()} closes the JGit repository.
 */
public final class WorkCopy implements AutoCloseable {

  private static final String SECTION = "fixer";

  private final Repository repo;
  private final Path root;
  private final String branch;
  private String baseCommit;

  private WorkCopy(Repository repo, Path root, String branch, String baseCommit) {
    this.repo = repo;
    this.root = root;
    this.branch = branch;
    this.baseCommit = baseCommit;
  }

  /**
   * Clones {@code user} into {@code dir} at {@link UserRepo#headCommit()} (a detached HEAD too) and
   * checks out a new {@code branch} there.
   *
   * @param dir absent or an empty directory
   * @throws FixerException (usage) if {@code dir} is a file or a directory with something in it, or
   *     {@code branch} is not a valid branch name; (infrastructure) if cloning fails
   */
  public static WorkCopy create(UserRepo user, Path dir, String branch) {
    BranchNames.requireValid(branch);
    String base = user.headCommit();
    CloneAtCommit.requireEmptyDirectory(dir);
    Repository repo = null;
    try {
      Files.createDirectories(dir);
      repo = CloneAtCommit.clone(user.root(), user.shallowCommits(), dir, base, branch);
      StoredConfig config = repo.getConfig();
      config.setString(SECTION, null, "base", base);
      config.setString(SECTION, null, "branch", branch);
      config.save();
      return new WorkCopy(repo, dir.toRealPath(), branch, base);
    } catch (IOException | GitAPIException | JGitInternalException e) {
      if (repo != null) {
        repo.close();
      }
      throw FixerException.infrastructure("could not clone " + user.root() + " into " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a work copy that {@link #create} made, to resume a run.
   *
   * @throws FixerException (usage) if {@code dir} is not such a work copy
   */
  public static WorkCopy open(Path dir) {
    if (!Files.isDirectory(dir.resolve(Constants.DOT_GIT))) {
      throw notAWorkCopy(dir);
    }
    Repository repo;
    try {
      repo = new FileRepositoryBuilder().setWorkTree(dir.toFile()).setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw FixerException.usage(notAWorkCopy(dir).getMessage(), e);
    }
    String base = repo.getConfig().getString(SECTION, null, "base");
    String branch = repo.getConfig().getString(SECTION, null, "branch");
    if (base == null || branch == null) {
      repo.close();
      throw notAWorkCopy(dir);
    }
    try {
      return new WorkCopy(repo, dir.toRealPath(), branch, base);
    } catch (IOException e) {
      repo.close();
      throw FixerException.infrastructure("cannot resolve " + dir + ": " + e.getMessage(), e);
    }
  }

  private static FixerException notAWorkCopy(Path dir) {
    return FixerException.usage(dir + " is not a fixer work copy: start a new run instead of resuming this one");
  }

  /** The clone's work tree root: absolute, symlinks resolved. */
  public Path root() {
    return root;
  }

  /** The branch fixer created, e.g. {@code fixer/issue-12}. */
  public String branch() {
    return branch;
  }

  /**
   * The full sha the branch started from: the user's HEAD when the run began, or the head of the
   * branch it {@link #follow}s.
   */
  public String baseCommit() {
    return baseCommit;
  }

  /**
   * Adds every untracked, not-ignored path to the clone's {@code .git/info/exclude}, so that what
   * exists now (build output of the setup phase) is never committed; files made later are. Paths
   * anchored with {@code /}; a directory without tracked files as {@code /dir/}. Idempotent.
   */
  public void ignoreUntracked() {
    try {
      ExcludeFile.excludeUntracked(repo);
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw failure("could not write .git/info/exclude", e);
    }
  }

  /** Uncommitted changes against HEAD, untracked not-ignored files as added; sorted by path. */
  public List<FileChange> changes() {
    try {
      return WorkingTreeChanges.of(repo);
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw failure("could not read the changes", e);
    }
  }

  /**
   * Sorts the uncommitted changes into what a commit takes and what it leaves out (see
   * {@link CommitSelection}).
   *
   * @param written repository-relative paths the agent wrote with {@code edit}
   * @param keep repository-relative paths the agent named to keep although a command made them
   */
  public CommitSelection select(Set<String> written, Set<String> keep) {
    try {
      return CommitSelector.select(root, changes(), ExcludeFile.trackedDirectories(repo), written, keep);
    } catch (IOException e) {
      throw failure("could not read the changed files", e);
    }
  }

  /**
   * Moves what {@code selection} sets aside out of the work tree into {@code dir} (a new file moved, a
   * changed tracked file copied and restored to HEAD), so that the work tree holds what is committed.
   */
  public void setAside(CommitSelection selection, Path dir) {
    try {
      SetAside.move(repo, selection.setAside(), dir);
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw failure("could not set aside " + selection.setAside().size() + " left-out files into " + dir, e);
    }
  }

  /**
   * Runs {@code body} with the HEAD versions of {@code changes} in the work tree, then puts the agent's
   * versions back. They wait in {@code stash} meanwhile; a run killed in between puts them back with
   * {@link #restoreStash}.
   */
  public <T> T withBaseVersions(List<FileChange> changes, Path stash, BaseRun<T> body) throws InterruptedException {
    try {
      BaseVersions.swapIn(repo, changes, stash);
    } catch (IOException | GitAPIException | JGitInternalException e) {
      restoreStash(stash);
      throw failure("could not put the base versions of " + changes.size() + " files in place", e);
    }
    try {
      return body.run();
    } finally {
      restoreStash(stash);
    }
  }

  /** What runs on the base versions. */
  @FunctionalInterface
  public interface BaseRun<T> {
    T run() throws InterruptedException;
  }

  /**
   * Puts back the agent's files that {@link #withBaseVersions} stashed in {@code stash}, if any are
   * there (a run was killed meanwhile).
   *
   * @return whether any were put back
   */
  public boolean restoreStash(Path stash) {
    try {
      return BaseVersions.restore(repo, stash);
    } catch (IOException e) {
      throw failure("could not put back the agent's files from " + stash + " (they are still there)", e);
    }
  }

  /**
   * Stages every change (additions, modifications, deletions; ignored and excluded paths stay out)
   * and commits it with {@code author} as author and committer, without hooks or signing.
   *
   * @return the new commit's sha, or empty when there was nothing to commit
   */
  public Optional<String> commit(String message, Identity author) {
    return commit(message, author, null);
  }

  /**
   * Stages exactly {@code paths} (their additions, modifications and deletions) and commits them with
   * {@code author} as author and committer, without hooks or signing; other changes stay uncommitted.
   *
   * @param paths repository-relative; {@code null} for every change
   * @return the new commit's sha, or empty when there was nothing to commit
   */
  public Optional<String> commit(String message, Identity author, List<String> paths) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(author, "author");
    try (Git git = Git.wrap(repo)) {
      if (paths == null) {
        stageAll(git);
      } else {
        SetAside.stage(repo, paths);
      }
      PersonIdent who = new PersonIdent(author.name(), author.email());
      RevCommit commit = git.commit().setMessage(message).setAuthor(who).setCommitter(who)
          .setAllowEmpty(false).setSign(false).setNoVerify(true).call();
      return Optional.of(commit.name());
    } catch (EmptyCommitException e) {
      return Optional.empty();
    } catch (GitAPIException | JGitInternalException e) {
      throw failure("could not commit", e);
    }
  }

  /** What the branch changed: {@link #baseCommit()} to HEAD, sorted by path. */
  public List<FileChange> committedChanges() {
    try {
      return new CommitDiff(repo, baseCommit, Constants.HEAD).changes();
    } catch (IOException e) {
      throw failure("could not diff " + baseCommit + "..HEAD", e);
    }
  }

  /**
   * {@link #baseCommit()} to HEAD as a unified diff, as {@code git diff} prints it; {@code git apply}
   * applies it to the base. Empty when nothing was committed. Binary files show as
   * {@code Binary files ... differ}, which {@code git apply} cannot apply.
   */
  public String patch() {
    try {
      return new CommitDiff(repo, baseCommit, Constants.HEAD).patch();
    } catch (IOException e) {
      throw failure("could not diff " + baseCommit + "..HEAD", e);
    }
  }

  /**
   * From where HEAD and {@code other} part to HEAD as a unified diff, as {@code git diff other...HEAD}
   * prints it: e.g. what a pull request's branch adds to the default branch.
   */
  public String diffSinceMergeBase(String other) {
    try {
      return new CommitDiff(repo, MergeBase.of(repo, other, Constants.HEAD), Constants.HEAD).patch();
    } catch (IOException e) {
      throw failure("could not diff " + other + "...HEAD", e);
    }
  }

  /**
   * {@link #baseCommit()} to the working tree as a unified diff, for work that is not committed: every
   * change is staged first (as {@link #commit} would), so new files are in it. Empty when nothing
   * changed.
   */
  public String uncommittedPatch() {
    return uncommittedPatch(null);
  }

  /**
   * {@link #baseCommit()} to the working tree's {@code paths} as a unified diff, for work that is not
   * committed; {@code null} for every change. Empty when nothing changed.
   */
  public String uncommittedPatch(List<String> paths) {
    try (Git git = Git.wrap(repo); ObjectInserter inserter = repo.newObjectInserter()) {
      if (paths == null) {
        stageAll(git);
      } else {
        SetAside.stage(repo, paths);
      }
      ObjectId tree = repo.readDirCache().writeTree(inserter);
      inserter.flush();
      return new CommitDiff(repo, baseCommit, tree.name()).patch();
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw failure("could not diff " + baseCommit + " with the working tree", e);
    }
  }

  /**
   * The commit {@code refs/heads/<remoteBranch>} has at {@code remote}, as {@code git ls-remote}
   * shows it: 40 hex digits, or empty when the remote has no such branch.
   *
   * @throws FixerException (usage) if the remote refuses the credentials or has no repository;
   *     (infrastructure) if it cannot be reached
   */
  public Optional<String> remoteBranchHead(RemoteAccess remote, String remoteBranch) {
    Objects.requireNonNull(remote, "remote");
    return BranchPush.remoteHead(repo, remote, remoteBranch);
  }

  /**
   * Pushes {@code refs/heads/<localBranch>} of this clone to {@code refs/heads/<remoteBranch>} at
   * {@code remote}, never forced: the remote branch must be absent or an ancestor of the local one. No
   * hook runs and no credentials are written anywhere.
   *
   * @return the pushed commit's sha; empty when the remote branch has commits this clone does not
   *     (someone pushed meanwhile), and then nothing was pushed
   * @throws FixerException (usage) if the remote refused the branch (it is protected), refuses the
   *     credentials or has no repository; (infrastructure) if it cannot be reached or this clone has no
   *     {@code localBranch}
   */
  public Optional<String> push(RemoteAccess remote, String localBranch, String remoteBranch) {
    Objects.requireNonNull(remote, "remote");
    return BranchPush.push(repo, remote, localBranch, remoteBranch);
  }

  /**
   * Makes the branch go on from {@code remoteBranch} of {@code remote} as it is there now: fetches it,
   * moves the branch and the work tree to its head, and makes that head the {@link #baseCommit()}, so
   * that what fixer commits next is one commit on top of it.
   *
   * @return the head's sha; empty when the remote has no such branch (then nothing changed)
   * @throws FixerException as {@link #remoteBranchHead} does
   */
  public Optional<String> follow(RemoteAccess remote, String remoteBranch) {
    Objects.requireNonNull(remote, "remote");
    ObjectId head = BranchFollow.fetch(repo, remote, remoteBranch);
    if (head == null) {
      return Optional.empty();
    }
    try (Git git = Git.wrap(repo)) {
      git.reset().setMode(ResetType.HARD).setRef(head.name()).call();
      StoredConfig config = repo.getConfig();
      config.setString(SECTION, null, "base", head.name());
      config.save();
      baseCommit = head.name();
      return Optional.of(head.name());
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw failure("could not move branch " + branch + " to " + remoteBranch + " at " + head.name(), e);
    }
  }

  /** Whether {@code commit} (a full sha) is HEAD or in its history; false for a commit this clone lacks. */
  public boolean reaches(String commit) {
    try {
      return BranchFollow.reaches(repo, repo.resolve(Constants.HEAD), commit);
    } catch (IOException e) {
      throw failure("could not walk the history of HEAD", e);
    }
  }

  /** Stages additions and modifications, then deletions; ignored and excluded paths stay out. */
  private static void stageAll(Git git) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
  }

  /** Closes the JGit repository. */
  @Override
  public void close() {
    repo.close();
  }

  private FixerException failure(String what, Exception e) {
    String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return FixerException.infrastructure(what + " in the work copy " + root + ": " + why, e);
  }
}
