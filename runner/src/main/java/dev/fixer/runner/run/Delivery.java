package dev.fixer.runner.run;

import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.config.PublishUnverified;
import dev.fixer.runner.git.CommitSelection;
import dev.fixer.runner.git.FileChange;
import dev.fixer.runner.git.UserRepo;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.tools.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * After the agent's last attempt: a verified fix is committed (only what belongs to it), its branch
 * brought back into the user's repo, and the patch written. An unverified change is committed only
 * when it is to be published as a draft ({@code publish_unverified: draft} with {@code --open-pr}).
 * Work that is not committed stays in the work copy, where a resumed run goes on with it, and in the
 * patch file.
 */
final class Delivery {

  private Delivery() {}

  /** What a run needs to be delivered. */
  record Inputs(RunRecord record, RunDirectory run, UserRepo user, WorkCopy copy, Attempts.Result attempts,
      WatchedModel model, String sandbox, Optional<SetupFailure> setupFailure) {}

  static Outcome deliver(Inputs in, Progress progress, Redactor redactor) {
    RunResult result = in.attempts().agent().run();
    Optional<CommitSelection> selection = in.attempts().selection();
    List<FileChange> changes = selection.map(CommitSelection::included).orElseGet(() -> in.copy().changes());
    Optional<Verification> verification = in.attempts().verification();
    Judged judged = judge(result, changes, verification, in.attempts().interrupted(), in.model());
    boolean draft = judged.status() == Outcome.Status.UNVERIFIED && in.record().publishing().isPresent()
        && in.record().plan().publishUnverified() == PublishUnverified.DRAFT;
    Optional<String> commit = Optional.empty();
    List<String> paths = selection.map(CommitSelection::includedPaths).orElse(null);
    String patchText;
    if (judged.status() == Outcome.Status.FIXED || draft) {
      String message = redactor.redact(CommitMessage.of(in.record(), result.summary(), verification.orElseThrow(),
          in.model().name()));
      commit = in.copy().commit(message, in.user().identity(), paths);
      in.user().fetchBranch(in.copy().root(), in.record().branch());
      patchText = in.copy().patch();
    } else {
      patchText = changes.isEmpty() ? "" : in.copy().uncommittedPatch(paths);
    }
    Optional<Path> patch = Optional.empty();
    if (!patchText.isEmpty()) {
      patch = Optional.of(patchFile(in.record().trajectory()));
      RunDirectory.write(patch.get(), redactor.redact(patchText));
    }
    return new Outcome(judged.status(), judged.exitCode(), judged.reason(), in.record().issue(),
        in.record().issueNumber(), result, in.record().repo(), in.record().branch(), commit, in.copy().baseCommit(),
        commit.isPresent() ? in.copy().committedChanges() : changes, verification,
        selection.map(CommitSelection::leftOut).orElse(List.of()), in.attempts().agent().attempt(),
        in.model().name(), in.sandbox(), in.run().dir(), in.record().trajectory(), patch, in.setupFailure());
  }

  /** A run that a failed setup stopped before the agent started: not fixed, with nothing to deliver. */
  static Outcome stopped(RunRecord record, RunDirectory run, WorkCopy copy, String model, String sandbox,
      SetupFailure failure) {
    RunResult agent = new RunResult(RunStatus.FAILED, "", failure.why(), 0, null, null, 0);
    return new Outcome(Outcome.Status.NOT_FIXED, ExitCodes.NOT_DONE, failure.why(), record.issue(),
        record.issueNumber(), agent, record.repo(), record.branch(), Optional.empty(), copy.baseCommit(), List.of(),
        Optional.empty(), List.of(), 0, model, sandbox, run.dir(), record.trajectory(), Optional.empty(),
        Optional.of(failure));
  }

  /** The patch goes beside the trajectory: {@code trajectory.jsonl} gets {@code trajectory.patch}. */
  static Path patchFile(Path trajectory) {
    String name = trajectory.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return trajectory.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".patch");
  }

  private record Judged(Outcome.Status status, int exitCode, String reason) {}

  private static Judged judge(RunResult result, List<FileChange> changes, Optional<Verification> verification,
      boolean interrupted, WatchedModel model) {
    switch (result.status()) {
      case COMPLETED -> {
        if (changes.isEmpty()) {
          String said = firstLine(result.summary());
          return notFixed(ExitCodes.NOT_DONE, "the model finished without changing any file"
              + (said.isEmpty() ? "" : ": " + said));
        }
        if (verification.isEmpty()) {
          return notFixed(ExitCodes.NOT_DONE, interrupted ? "interrupted during verification; continue with fixer run"
              + " --resume" : "the change was not verified");
        }
        Verdict verdict = verification.get().verdict();
        return switch (verdict.status()) {
          case FIXED -> new Judged(Outcome.Status.FIXED, ExitCodes.DONE, verdict.reason());
          case UNVERIFIED -> new Judged(Outcome.Status.UNVERIFIED, ExitCodes.NOT_DONE, verdict.reason());
          case NOT_FIXED -> notFixed(ExitCodes.NOT_DONE, "the change does not pass verification: " + verdict.reason());
        };
      }
      case MODEL_ERROR -> {
        return notFixed(model.lastRefusal().map(ExitCodes::of).orElse(ExitCodes.INFRASTRUCTURE), result.detail());
      }
      case MODEL_UNAVAILABLE, FAILED -> {
        return notFixed(ExitCodes.INFRASTRUCTURE, result.detail());
      }
      default -> {
        return notFixed(ExitCodes.NOT_DONE, result.detail());
      }
    }
  }

  private static Judged notFixed(int exitCode, String reason) {
    return new Judged(Outcome.Status.NOT_FIXED, exitCode, reason);
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 199) + "…" : line;
  }
}
