package dev.fixer.runner.git;

import dev.fixer.runner.git.RemoteFailure.Access;
import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.Transport;

/**
 * {@code git fetch <remote> refs/heads/B:refs/fixer/followed} into a work copy, so that a run goes on
 * from a branch as it is on origin (people's commits included), and the question whether a commit is
 * still in that branch's history.
 */
final class BranchFollow {

  static final String FOLLOWED_REF = "refs/fixer/followed";

  private BranchFollow() {}

  /** Fetches {@code branch} of {@code remote}; returns its head, or null when the remote has no such branch. */
  static ObjectId fetch(Repository repo, RemoteAccess remote, String branch) {
    String ref = Constants.R_HEADS + BranchNames.requireValid(branch);
    if (BranchPush.remoteHead(repo, remote, branch).isEmpty()) {
      return null;
    }
    try (Transport transport = BranchPush.open(repo, remote)) {
      transport.setTagOpt(TagOpt.NO_TAGS);
      FetchResult result = transport.fetch(NullProgressMonitor.INSTANCE,
          List.of(new RefSpec(ref + ":" + FOLLOWED_REF)));
      Ref advertised = result.getAdvertisedRef(ref);
      return advertised == null ? null : advertised.getObjectId();
    } catch (IOException e) {
      throw RemoteFailure.of(remote, Access.READ, "branch " + branch + " of", e);
    }
  }

  /** Whether {@code commit} is {@code head} or one of its ancestors; false when this repository lacks it. */
  static boolean reaches(Repository repo, ObjectId head, String commit) throws IOException {
    if (!ObjectId.isId(commit)) {
      return false;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit wanted = walk.parseCommit(ObjectId.fromString(commit));
      return walk.isMergedInto(wanted, walk.parseCommit(head));
    } catch (MissingObjectException e) {
      return false;
    }
  }
}
