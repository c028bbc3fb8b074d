package dev.fixer.runner.run;

import dev.fixer.core.prompt.IssueText;
import java.nio.file.Path;
import java.util.Objects;
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
 */
record RunRecord(Path repo, String branch, IssueText issue, OptionalInt issueNumber, RunPlan plan,
    Path trajectory, Phase phase) {

  RunRecord {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(issueNumber, "issueNumber");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(trajectory, "trajectory");
    Objects.requireNonNull(phase, "phase");
  }

  RunRecord at(Phase next) {
    return new RunRecord(repo, branch, issue, issueNumber, plan, trajectory, next);
  }

  RunRecord withPlan(RunPlan next) {
    return new RunRecord(repo, branch, issue, issueNumber, next, trajectory, phase);
  }
}
