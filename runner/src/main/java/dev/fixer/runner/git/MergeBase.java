package dev.fixer.runner.git;

import java.io.IOException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** Where two commits' histories part, as {@code git merge-base} finds it. */
final class MergeBase {

  private MergeBase() {}

  /** The merge base of {@code a} and {@code b} (revisions), as a full sha; {@code a} itself when they share none. */
  static String of(Repository repo, String a, String b) throws IOException {
    ObjectId first = repo.resolve(a);
    ObjectId second = repo.resolve(b);
    if (first == null || second == null) {
      throw new IOException("cannot resolve " + (first == null ? a : b));
    }
    try (RevWalk walk = new RevWalk(repo)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(first));
      walk.markStart(walk.parseCommit(second));
      RevCommit base = walk.next();
      return base == null ? first.name() : base.name();
    }
  }
}
