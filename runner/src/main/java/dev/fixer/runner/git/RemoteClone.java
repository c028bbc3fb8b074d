package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.git.RemoteFailure.Access;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.util.FileUtils;

/**
 * {@code git clone URL DIR}: the remote's branches as {@code refs/remotes/origin/*} and its default
 * branch (what its HEAD names) checked out, tracking origin. Done by hand rather than with JGit's
 * clone command so that {@code fetch.autogc=false} is in the clone's config before the fetch: JGit's
 * automatic gc would otherwise run in a background thread after the clone returned. The token goes to
 * the fetch only; {@code remote.origin.url} is the URL as given. A failed clone leaves {@code dir}
 * empty.
 */
final class RemoteClone {

  private static final String ORIGIN = "origin";
  private static final String BRANCHES = "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + ORIGIN + "/*";
  private static final String MIRROR_BRANCHES = "+" + Constants.R_HEADS + "*:" + Constants.R_HEADS + "*";
  private static final String MIRROR_TAGS = "+" + Constants.R_TAGS + "*:" + Constants.R_TAGS + "*";
  private static final int TIMEOUT_SECONDS = 120;

  private RemoteClone() {}

  /** @throws FixerException as {@link UserRepo#cloneFrom} describes */
  static void run(RemoteAccess remote, Path dir) {
    clone(remote, dir, false, List.of(BRANCHES), RemoteClone::checkOutDefaultBranch);
  }

  /**
   * {@code git clone --bare}: the remote's branches and tags under their own names, no work tree.
   *
   * @throws FixerException as {@link MirrorClone#run} describes
   */
  static void bare(RemoteAccess remote, Path dir) {
    clone(remote, dir, true, List.of(MIRROR_BRANCHES, MIRROR_TAGS), (git, fetched) -> { });
  }

  private interface AfterFetch {
    void accept(Git git, FetchResult fetched) throws IOException, GitAPIException;
  }

  private static void clone(RemoteAccess remote, Path dir, boolean bare, List<String> specs, AfterFetch then) {
    CloneAtCommit.requireEmptyDirectory(dir, "the clone directory");
    RemoteFailure.parse(remote);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw FixerException.usage("cannot create the clone directory " + dir + ": " + TextFiles.reason(e), e);
    }
    try (Git git = Git.init().setBare(bare).setDirectory(dir.toFile()).call()) {
      configureOrigin(git.getRepository(), remote.url(), specs);
      then.accept(git, fetch(git, remote, specs));
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw emptied(dir, FixerException.infrastructure("could not clone " + remote.displayUrl() + " into " + dir
          + ": " + remote.redact(String.valueOf(e.getMessage())), null));
    } catch (FixerException e) {
      throw emptied(dir, e);
    }
  }

  private static void configureOrigin(Repository repo, String url, List<String> specs) throws IOException {
    StoredConfig config = repo.getConfig();
    config.setString("remote", ORIGIN, "url", url);
    config.setStringList("remote", ORIGIN, "fetch", specs);
    config.setBoolean("fetch", null, "autogc", false);
    config.save();
  }

  private static FetchResult fetch(Git git, RemoteAccess remote, List<String> specs) {
    try {
      return git.fetch().setRemote(ORIGIN).setRefSpecs(specs.stream().map(RefSpec::new).toList())
          .setCredentialsProvider(remote.credentials()).setTimeout(TIMEOUT_SECONDS).call();
    } catch (InvalidRemoteException e) {
      throw RemoteFailure.of(remote, Access.CLONE, "", e.getCause() instanceof Exception cause ? cause : e);
    } catch (GitAPIException | JGitInternalException e) {
      throw RemoteFailure.of(remote, Access.CLONE, "", e);
    }
  }

  /** Checks out the branch the remote's HEAD names; HEAD stays unborn when the remote has no commits. */
  private static void checkOutDefaultBranch(Git git, FetchResult fetched) throws IOException, GitAPIException {
    Ref head = fetched.getAdvertisedRef(Constants.HEAD);
    if (head == null || head.getObjectId() == null) {
      return;
    }
    Repository repo = git.getRepository();
    Optional<String> branch = branchOf(head, fetched);
    if (branch.isPresent()) {
      String name = Repository.shortenRefName(branch.get());
      link(repo, Constants.HEAD, branch.get());
      link(repo, Constants.R_REMOTES + ORIGIN + "/" + Constants.HEAD, Constants.R_REMOTES + ORIGIN + "/" + name);
      StoredConfig config = repo.getConfig();
      config.setString("branch", name, "remote", ORIGIN);
      config.setString("branch", name, "merge", branch.get());
      config.save();
    } else {
      RefUpdate detach = repo.updateRef(Constants.HEAD, true);
      detach.setNewObjectId(head.getObjectId());
      detach.forceUpdate();
    }
    git.reset().setMode(ResetType.HARD).setRef(head.getObjectId().name()).call();
  }

  private static Optional<String> branchOf(Ref head, FetchResult fetched) {
    if (head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
      return Optional.of(head.getTarget().getName());
    }
    ObjectId id = head.getObjectId();
    return fetched.getAdvertisedRefs().stream()
        .filter(ref -> ref.getName().startsWith(Constants.R_HEADS) && id.equals(ref.getObjectId()))
        .map(Ref::getName)
        .sorted()
        .findFirst();
  }

  private static void link(Repository repo, String ref, String target) throws IOException {
    RefUpdate.Result result = repo.updateRef(ref).link(target);
    if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
      throw new IOException("cannot point " + ref + " at " + target + ": " + result);
    }
  }

  /** Deletes what the failed clone left in {@code dir}; returns {@code failure}. */
  private static FixerException emptied(Path dir, FixerException failure) {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        FileUtils.delete(entry.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }
}
