package dev.fixer.runner.run;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a run reports on GitHub: the status comment and labels on its issue, and the pull request
 * that carries a verified fix.
 *
 * @param repo OWNER/NAME of the issue and of the pull request
 * @param draft whether a new pull request is opened as a draft
 * @param runUrl a page that shows the run (the Actions run), linked from the status comment
 * @param followUp whether the run follows up on review feedback on the open pull request, whose branch
 *     already holds a fix: its change is judged by {@link dev.fixer.tools.verdict.Verdict#followUp}
 * @param branch the branch on origin the run pushes to, for a follow-up on a pull request fixer did not
 *     open (whose number stands for the issue); empty for fixer's own {@code PREFIXissue-N}
 * @param prefix what fixer's own branches start with
 */
public record Publishing(String repo, boolean draft, Optional<String> runUrl, boolean followUp,
    Optional<String> branch, BranchPrefix prefix) {

  public Publishing {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(runUrl, "runUrl");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(prefix, "prefix");
    if (branch.isPresent() && !followUp) {
      throw new IllegalArgumentException("only a follow-up pushes to a branch other than fixer's");
    }
  }

  /** A run that is not a follow-up, on fixer's branch {@code PREFIXissue-N}. */
  public Publishing(String repo, boolean draft, Optional<String> runUrl, BranchPrefix prefix) {
    this(repo, draft, runUrl, false, Optional.empty(), prefix);
  }

  /** The branch on origin that carries the run's change for issue (or pull request) {@code number}. */
  public String branchOn(int number) {
    return branch.orElseGet(() -> prefix.branchFor(number));
  }
}
