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
 */
public record Publishing(String repo, boolean draft, Optional<String> runUrl, boolean followUp) {

  public Publishing {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(runUrl, "runUrl");
  }

  /** A run that is not a follow-up. */
  public Publishing(String repo, boolean draft, Optional<String> runUrl) {
    this(repo, draft, runUrl, false);
  }

  /** The branch that carries fixer's fix for issue {@code number}, locally and on origin. */
  public static String branchFor(int number) {
    return "fixer/issue-" + number;
  }
}
