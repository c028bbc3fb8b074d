package dev.fixer.runner.run;

import dev.fixer.core.agent.RunResult;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.git.FileChange;
import dev.fixer.tools.TestRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run ended, for the summary, the {@code --json} line and {@code result.json}.
 *
 * @param fixed whether the branch holds a verified fix
 * @param exitCode the process exit code
 * @param reason in words: what was done, or why not
 * @param issue the issue worked on
 * @param issueNumber its GitHub number, when known
 * @param agent how the agent loop ended
 * @param repo the user's repository
 * @param branch the branch in the user's repo (only when fixed) or in the work copy
 * @param commit the fix's commit, when fixed
 * @param baseCommit the commit the branch started from
 * @param changes the files changed
 * @param verification the tests fixer ran after the agent, when it ran them
 * @param model the model's name
 * @param sandbox the sandbox, described
 * @param runDir the run's directory, for {@code --resume}
 * @param trajectory the trajectory file
 * @param patch the patch file, when anything changed
 */
record Outcome(boolean fixed, int exitCode, String reason, IssueText issue, OptionalInt issueNumber, RunResult agent,
    Path repo, String branch, Optional<String> commit, String baseCommit, List<FileChange> changes,
    Optional<TestRun> verification, String model, String sandbox, Path runDir, Path trajectory,
    Optional<Path> patch) {

  Outcome {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(agent, "agent");
    changes = List.copyOf(changes);
  }

  String status() {
    return fixed ? "fixed" : "not_fixed";
  }
}
