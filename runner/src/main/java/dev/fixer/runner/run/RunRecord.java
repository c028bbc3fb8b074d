package dev.fixer.runner.run;

import dev.fixer.core.prompt.IssueText;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a run keeps in {@code run.json} in its directory, so that it can be resumed: where it came
 * from, what it works on, how, and how far it got.
 *
 * @param repo the user's work tree
 * @param branch the branch the fix goes on
 * @param issue the issue as the model read it
 * @param issueNumber the GitHub issue number, when known
 * @param plan the settings
 * @param trajectory the trajectory file
 * @param phase how far the run got
 * @param publishing where the run reports on GitHub; empty for a run that only makes a local branch
 */
record RunRecord(Path repo, String branch, IssueText issue, OptionalInt issueNumber, RunPlan plan,
    Path trajectory, Phase phase, Optional<Publishing> publishing) {

  RunRecord {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(issueNumber, "issueNumber");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(trajectory, "trajectory");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(publishing, "publishing");
  }

  RunRecord(Path repo, String branch, IssueText issue, OptionalInt issueNumber, RunPlan plan, Path trajectory,
      Phase phase) {
    this(repo, branch, issue, issueNumber, plan, trajectory, phase, Optional.empty());
  }

  RunRecord at(Phase next) {
    return new RunRecord(repo, branch, issue, issueNumber, plan, trajectory, next, publishing);
  }

  RunRecord withPlan(RunPlan next) {
    return new RunRecord(repo, branch, issue, issueNumber, next, trajectory, phase, publishing);
  }
}
