package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.git.RemoteFailure.Access;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;

/**
 * {@code git ls-remote} and {@code git push} (never forced) of one branch from a work copy. JGit
 * reports a refused ref as a status instead of throwing, so every status is checked. A pre-push hook
 * never runs: {@code core.hooksPath} is pointed at a directory that does not exist for the call, in
 * memory only (the config file is not written), as the user's global config may name hooks.
 */
final class BranchPush {

  private static final int TIMEOUT_SECONDS = 120;

  private BranchPush() {}

  /** The commit {@code refs/heads/<branch>} has at {@code remote}; empty when there is no such branch. */
  static Optional<String> remoteHead(Repository repo, RemoteAccess remote, String branch) {
    String ref = Constants.R_HEADS + BranchNames.requireValid(branch);
    try (Transport transport = open(repo, remote);
        FetchConnection connection = transport.openFetch(List.of(new RefSpec(ref)))) {
      return Optional.ofNullable(connection.getRef(ref)).map(Ref::getObjectId).map(ObjectId::name);
    } catch (IOException e) {
      throw RemoteFailure.of(remote, Access.READ, "branch " + branch + " of", e);
    }
  }

  /**
   * Pushes {@code localBranch} to {@code remoteBranch} if that is a fast-forward (or the remote has no
   * such branch). Returns the pushed commit, or empty when the remote branch holds commits the local
   * one does not (someone pushed meanwhile): then nothing was pushed.
   */
  static Optional<String> push(Repository repo, RemoteAccess remote, String localBranch, String remoteBranch) {
    String source = Constants.R_HEADS + BranchNames.requireValid(localBranch);
    String target = Constants.R_HEADS + BranchNames.requireValid(remoteBranch);
    requireLocal(repo, source, localBranch);
    RemoteRefUpdate update;
    PushResult result;
    try (Transport transport = open(repo, remote)) {
      update = new RemoteRefUpdate(repo, source, target, false, null, null);
      result = withoutHooks(repo, () -> transport.push(NullProgressMonitor.INSTANCE, List.of(update)));
    } catch (IOException e) {
      throw RemoteFailure.of(remote, Access.PUSH, "branch " + remoteBranch + " on", e);
    }
    for (RemoteRefUpdate each : result.getRemoteUpdates()) {
      if (each.getStatus() == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD) {
        return Optional.empty();
      }
      if (each.getStatus() != RemoteRefUpdate.Status.OK && each.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
        throw rejected(remote, remoteBranch, each);
      }
    }
    return Optional.of(update.getNewObjectId().name());
  }

  static Transport open(Repository repo, RemoteAccess remote) throws IOException {
    Transport transport = Transport.open(repo, RemoteFailure.parse(remote));
    transport.setCredentialsProvider(remote.credentials());
    transport.setTimeout(TIMEOUT_SECONDS);
    return transport;
  }

  private static void requireLocal(Repository repo, String ref, String branch) {
    try {
      if (repo.exactRef(ref) == null) {
        throw FixerException.infrastructure("the work copy " + repo.getWorkTree() + " has no branch " + branch, null);
      }
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot read branch " + branch + " in " + repo.getWorkTree() + ": "
          + TextFiles.reason(e), e);
    }
  }

  private interface PushCall {
    PushResult run() throws IOException;
  }

  private static PushResult withoutHooks(Repository repo, PushCall call) throws IOException {
    StoredConfig config = repo.getConfig();
    String section = ConfigConstants.CONFIG_CORE_SECTION;
    String key = ConfigConstants.CONFIG_KEY_HOOKS_PATH;
    String hooksPath = config.getString(section, null, key);
    config.setString(section, null, key, repo.getDirectory().toPath().resolve("fixer-no-hooks").toString());
    try {
      return call.run();
    } finally {
      if (hooksPath == null) {
        config.unset(section, null, key);
      } else {
        config.setString(section, null, key, hooksPath);
      }
    }
  }

  private static FixerException rejected(RemoteAccess remote, String branch, RemoteRefUpdate update) {
    String message = update.getMessage() == null ? "" : remote.redact(TextFiles.oneLine(update.getMessage()));
    return switch (update.getStatus()) {
      case REJECTED_NODELETE, REJECTED_OTHER_REASON, REJECTED_REMOTE_CHANGED -> FixerException.usage(
          remote.displayUrl() + " rejected the push to branch " + branch + " ("
              + (message.isEmpty() ? "refused" : message) + "): check the branch protection"
              + " rules and push permissions there, or push to another branch");
      default -> FixerException.infrastructure("the push to branch " + branch + " on " + remote.displayUrl()
          + " did not complete (" + update.getStatus() + (message.isEmpty() ? "" : ": " + message)
          + "); run fixer again", null);
    };
  }
}
