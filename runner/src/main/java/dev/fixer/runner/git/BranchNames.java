package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/** The rule for the branch names fixer creates: whatever git accepts under {@code refs/heads/}. */
final class BranchNames {

  private BranchNames() {}

  /** @throws FixerException (usage) if git would refuse {@code branch} as a branch name */
  static String requireValid(String branch) {
    if (branch == null || branch.isEmpty() || !Repository.isValidRefName(Constants.R_HEADS + branch)) {
      throw FixerException.usage("'" + branch + "' is not a valid git branch name: use letters, digits"
          + " and '/', '-', '_', '.' without spaces");
    }
    return branch;
  }
}
