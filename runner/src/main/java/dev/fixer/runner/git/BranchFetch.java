package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.TrackingRefUpdate;

/**
 * {@code git fetch <work copy> refs/heads/B:refs/heads/B} without {@code +}: JGit reports a refused
 * update as a result instead of throwing, so every result is checked, and afterwards the branch
 * must point where the work copy's does. JGit's automatic gc after a fetch is switched off for the
 * call (in memory only, the config file is not written): it would run in a background thread and
 * hold {@code gc.log.lock} in the user's repository after the fetch returned, and housekeeping there
 * is not fixer's business.
 */
final class BranchFetch {

  private static final String FETCH = "fetch";
  private static final String AUTO_GC = "autogc";
  private static final Set<RefUpdate.Result> ACCEPTED =
      Set.of(RefUpdate.Result.NEW, RefUpdate.Result.FAST_FORWARD, RefUpdate.Result.NO_CHANGE);

  private BranchFetch() {}

  static void run(Repository target, Path targetRoot, Path workCopyRoot, String branch) {
    String ref = Constants.R_HEADS + branch;
    ObjectId tip = tipOf(workCopyRoot, ref, branch);
    FetchResult result;
    StoredConfig config = target.getConfig();
    String autoGc = config.getString(FETCH, null, AUTO_GC);
    config.setBoolean(FETCH, null, AUTO_GC, false);
    try (Git git = Git.wrap(target)) {
      result = git.fetch()
          .setRemote(workCopyRoot.toAbsolutePath().toString())
          .setRefSpecs(new RefSpec(ref + ":" + ref))
          .setTagOpt(TagOpt.NO_TAGS)
          .setRemoveDeletedRefs(false)
          .call();
    } catch (GitAPIException | JGitInternalException e) {
      throw FixerException.infrastructure("could not fetch branch " + branch + " from " + workCopyRoot + " into "
          + targetRoot + ": " + e.getMessage(), e);
    } finally {
      if (autoGc == null) {
        config.unset(FETCH, null, AUTO_GC);
      } else {
        config.setString(FETCH, null, AUTO_GC, autoGc);
      }
    }
    for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
      if (!ACCEPTED.contains(update.getResult())) {
        throw FixerException.infrastructure("git refused to update branch " + branch + " in " + targetRoot + " ("
            + update.getResult() + "): " + advice(update.getResult()), null);
      }
    }
    ObjectId now = resolve(target, ref);
    if (!tip.equals(now)) {
      throw FixerException.infrastructure("branch " + branch + " in " + targetRoot + " is at "
          + (now == null ? "nothing" : now.name()) + " after the fetch, not at " + tip.name(), null);
    }
  }

  private static String advice(RefUpdate.Result result) {
    return switch (result) {
      case REJECTED -> "a branch of that name with other history exists there; rename or delete it and run again";
      case LOCK_FAILURE -> "its ref is locked by another git process; wait for it and run again";
      default -> "check the repository with git fsck and run again";
    };
  }

  private static ObjectId tipOf(Path workCopyRoot, String ref, String branch) {
    try (Repository source = new FileRepositoryBuilder().setWorkTree(workCopyRoot.toFile()).setMustExist(true).build()) {
      ObjectId tip = resolve(source, ref);
      if (tip == null) {
        throw FixerException.infrastructure("the work copy " + workCopyRoot + " has no branch " + branch, null);
      }
      return tip;
    } catch (IOException | IllegalArgumentException e) {
      throw FixerException.infrastructure("cannot open the work copy " + workCopyRoot + ": " + e.getMessage(), e);
    }
  }

  private static ObjectId resolve(Repository repo, String ref) {
    try {
      Ref found = repo.exactRef(ref);
      return found == null ? null : found.getObjectId();
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot read " + ref + " in " + repo.getDirectory() + ": " + e.getMessage(), e);
    }
  }
}
