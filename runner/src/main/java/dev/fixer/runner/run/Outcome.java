package dev.fixer.runner.run;

import dev.fixer.core.agent.RunResult;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.git.CommitSelection;
import dev.fixer.runner.git.FileChange;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run ended, for the summary, the {@code --json} line and {@code result.json}.
 *
 * @param status fixed, unverified or not fixed
 * @param exitCode the process exit code
 * @param reason in words: what was done, or why not
 * @param issue the issue worked on
 * @param issueNumber its GitHub number, when known
 * @param agent how the agent loop ended
 * @param repo the user's repository
 * @param branch the branch in the user's repo (when committed) or in the work copy
 * @param commit the change's commit: a fix's, or an unverified change's that is published as a draft
 * @param baseCommit the commit the branch started from
 * @param changes the files changed (the committed ones when there is a commit)
 * @param verification how the change was verified, when it was
 * @param leftOut the changes left out of the commit and the patch
 * @param attempts how many attempts the agent made
 * @param model the model's name
 * @param sandbox the sandbox, described
 * @param runDir the run's directory, for {@code --resume}
 * @param trajectory the trajectory file
 * @param patch the patch file, when anything changed
 * @param setupFailure the failed setup command, when setup failed; a run it stopped has no agent work
 */
record Outcome(Status status, int exitCode, String reason, IssueText issue, OptionalInt issueNumber, RunResult agent,
    Path repo, String branch, Optional<String> commit, String baseCommit, List<FileChange> changes,
    Optional<Verification> verification, List<CommitSelection.LeftOut> leftOut, int attempts, String model,
    String sandbox, Path runDir, Path trajectory, Optional<Path> patch, Optional<SetupFailure> setupFailure) {

  /** Whether the change is a verified fix, unverified, or no fix. */
  enum Status {
    /** Tests show the fix, and none that passed before fails. */
    FIXED,
    /** Nothing breaks, but no test shows that the change fixes the issue. */
    UNVERIFIED,
    /** No change, a change that breaks tests, or a run that stopped. */
    NOT_FIXED;

    /** As {@code result.json} writes it: {@code fixed}, {@code unverified}, {@code not_fixed}. */
    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  Outcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(agent, "agent");
    changes = List.copyOf(changes);
    leftOut = List.copyOf(leftOut);
    Objects.requireNonNull(setupFailure, "setupFailure");
  }

  /** Whether the agent started: not when a failed setup stopped the run. */
  boolean agentStarted() {
    return setupFailure.filter(SetupFailure::stopped).isEmpty();
  }

  boolean fixed() {
    return status == Status.FIXED;
  }

  /** Whether the change is committed on the branch, which is then in the user's repo. */
  boolean committed() {
    return commit.isPresent();
  }
}
