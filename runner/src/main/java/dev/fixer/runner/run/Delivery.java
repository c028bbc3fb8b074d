package dev.fixer.runner.run;

import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.git.FileChange;
import dev.fixer.runner.git.UserRepo;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.TestRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * After the agent: verification (the build compiles and the tests the agent ran pass), then, for a
 * verified fix, the commit, the branch brought back into the user's repo, and the patch. Work that is
 * not verified stays in the work copy, where a resumed run goes on with it, and in the patch file.
 */
final class Delivery {

  private Delivery() {}

  /** What a run needs to be delivered. */
  record Inputs(RunRecord record, RunDirectory run, UserRepo user, WorkCopy copy, AgentPhase.Result agent,
      RunTestsTool tests, WatchedModel model, String sandbox) {}

  static Outcome deliver(Inputs in, Progress progress, Redactor redactor) throws InterruptedException {
    RunResult result = in.agent().run();
    List<FileChange> changes = in.copy().changes();
    Optional<TestRun> verification = Optional.empty();
    if (result.status() == RunStatus.COMPLETED && !changes.isEmpty()) {
      List<String> tests = TestsAgentRan.in(in.agent().entries());
      progress.line("verifying: " + (tests.isEmpty() ? "the whole test suite" : String.join(", ", tests)));
      verification = Optional.of(in.tests().run(tests, RunTestsTool.DEFAULT_TIMEOUT));
    }
    Verdict verdict = verdict(result, changes, verification, in.model());
    Optional<String> commit = Optional.empty();
    String patchText;
    if (verdict.fixed()) {
      String message = redactor.redact(CommitMessage.of(in.record(), result.summary(), verification.orElseThrow(),
          in.model().name()));
      commit = in.copy().commit(message, in.user().identity());
      in.user().fetchBranch(in.copy().root(), in.record().branch());
      patchText = in.copy().patch();
    } else {
      patchText = changes.isEmpty() ? "" : in.copy().uncommittedPatch();
    }
    Optional<Path> patch = Optional.empty();
    if (!patchText.isEmpty()) {
      patch = Optional.of(patchFile(in.record().trajectory()));
      RunDirectory.write(patch.get(), redactor.redact(patchText));
    }
    return new Outcome(verdict.fixed(), verdict.exitCode(), verdict.reason(), in.record().issue(),
        in.record().issueNumber(), result, in.record().repo(), in.record().branch(), commit, in.copy().baseCommit(),
        verdict.fixed() ? in.copy().committedChanges() : changes, verification, in.model().name(), in.sandbox(),
        in.run().dir(), in.record().trajectory(), patch);
  }

  /** The patch goes beside the trajectory: {@code trajectory.jsonl} gets {@code trajectory.patch}. */
  static Path patchFile(Path trajectory) {
    String name = trajectory.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return trajectory.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".patch");
  }

  private record Verdict(boolean fixed, int exitCode, String reason) {}

  private static Verdict verdict(RunResult result, List<FileChange> changes, Optional<TestRun> verification,
      WatchedModel model) {
    switch (result.status()) {
      case COMPLETED -> {
        if (changes.isEmpty()) {
          String said = firstLine(result.summary());
          return new Verdict(false, ExitCodes.NOT_DONE, "the model finished without changing any file"
              + (said.isEmpty() ? "" : ": " + said));
        }
        TestRun run = verification.orElseThrow();
        return run.passed()
            ? new Verdict(true, ExitCodes.DONE, "the change passes " + (run.tests().isEmpty() ? "the test suite"
                : "the tests the agent ran"))
            : new Verdict(false, ExitCodes.NOT_DONE, "the change does not pass verification: "
                + firstLine(run.answer().output()));
      }
      case MODEL_ERROR -> {
        return new Verdict(false, model.lastRefusal().map(ExitCodes::of).orElse(ExitCodes.INFRASTRUCTURE),
            result.detail());
      }
      case MODEL_UNAVAILABLE, FAILED -> {
        return new Verdict(false, ExitCodes.INFRASTRUCTURE, result.detail());
      }
      default -> {
        return new Verdict(false, ExitCodes.NOT_DONE, result.detail());
      }
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 199) + "…" : line;
  }
}
