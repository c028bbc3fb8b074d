package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.Durations;
import dev.fixer.runner.config.OnSetupFailure;
import dev.fixer.runner.git.UserRepo;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.tools.Setup;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.Workspace;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Before the agent: the user's tree is clean enough to start from, and setup runs with the network on. */
final class SetupPhase {

  private SetupPhase() {}

  /** Takes the baseline, once setup has run. */
  interface BaselineTaking {
    Baseline take() throws InterruptedException;
  }

  /**
   * What setup left.
   *
   * @param baseline the baseline; {@code null} when the run stops without taking one
   * @param failure the failed setup, when it failed
   */
  record Done(SetupResult setup, Baseline baseline, Optional<SetupFailure> failure) {

    /** Whether the run ends here, before the agent starts. */
    boolean stops() {
      return failure.filter(SetupFailure::stopped).isPresent();
    }
  }

  /**
   * Runs setup in the sandbox and takes the baseline, saying how each went. After a failed setup the
   * run stops when {@code on_setup_failure} says so or, unset, when the baseline shows that the tests
   * cannot build; otherwise the agent starts, told of the failure.
   */
  static Done run(Workspace workspace, Sandbox sandbox, RunPlan plan, Progress progress, BaselineTaking baseline)
      throws InterruptedException {
    OnSetupFailure choice = plan.onSetupFailure();
    SetupResult result;
    progress.phase("setup");
    try {
      result = run(workspace, sandbox, Optional.ofNullable(plan.setup()), plan.setupTimeout(),
          choice == OnSetupFailure.STOP ? "the run ends before the agent starts (on_setup_failure: stop)"
              : choice == OnSetupFailure.CONTINUE ? "the agent starts anyway, told of the failure (on_setup_failure:"
                  + " continue)" : "the baseline shows whether the tests build without it", progress::line);
    } finally {
      progress.phaseEnded();
    }
    if (!result.ran() || result.succeeded()) {
      return new Done(result, baseline.take(), Optional.empty());
    }
    if (choice == OnSetupFailure.STOP) {
      return new Done(result, null, Optional.of(SetupFailure.of(result, true, "setup " + SetupFailure.headline(result)
          + ", and on_setup_failure: stop in .fixer.yml ends such a run before the agent starts")));
    }
    Baseline taken = baseline.take();
    SetupFailure failure = judge(result, choice, BaselinePhase.testsBuild(taken));
    progress.line("setup: " + (failure.stopped() ? "failed, and the tests cannot build: the run ends before the"
        + " agent starts; fix setup in .fixer.yml, or set on_setup_failure: continue to let the agent start anyway"
        : failure.why()));
    return new Done(result, taken, Optional.of(failure));
  }

  /** Whether a failed setup ends the run, and why; {@code builds} is empty when not known before verification. */
  static SetupFailure judge(SetupResult result, OnSetupFailure choice, Optional<Boolean> builds) {
    if (choice == OnSetupFailure.CONTINUE) {
      return SetupFailure.of(result, false, "the agent starts, told of the failure (on_setup_failure: continue)");
    }
    if (builds.isEmpty()) {
      return SetupFailure.of(result, false, "failed, and whether the tests build is known only at"
          + " verification: the agent starts, told of the failure; set on_setup_failure: stop to end such runs");
    }
    if (builds.get()) {
      return SetupFailure.of(result, false, "failed, but the tests build: the agent starts, told of the"
          + " failure; set on_setup_failure: stop to end such runs");
    }
    return SetupFailure.of(result, true, "setup " + SetupFailure.headline(result) + " and the tests cannot build"
        + " without it, so the agent did not start; fix setup in .fixer.yml, or set on_setup_failure: continue to"
        + " let the agent start anyway");
  }

  /**
   * Runs {@code setup} (the build's default when empty) in the sandbox with the network on, then closes
   * the network; says how it went in {@code lines}, with the end of a failed command's output. A failed
   * setup is returned, not thrown.
   *
   * @param goingOn what happens after a failed setup, for its line, e.g. "the tests run anyway"
   */
  static SetupResult run(Workspace workspace, Sandbox sandbox, Optional<String> setup, Duration timeout,
      String goingOn, Consumer<String> lines) throws InterruptedException {
    List<String> script = setup.map(text -> text.strip().lines().toList()).orElse(List.of());
    String budget = "(network on, at most " + Durations.format(timeout) + ")";
    if (script.size() > 1) {
      lines.accept("setup: a script of " + script.size() + " lines " + budget + ":");
      script.forEach(line -> lines.accept("setup: $ " + line));
    } else {
      lines.accept("setup: " + setup.orElse("the build's default") + " " + budget);
    }
    SetupResult result = Setup.run(workspace, sandbox, setup, timeout);
    if (!result.ran()) {
      lines.accept("setup: " + result.outputTail());
    } else if (result.succeeded()) {
      lines.accept("setup: done in " + result.duration().toSeconds() + " s; the network is now off");
    } else {
      String tail = SetupFailure.tailOf(result.outputTail());
      lines.accept("setup: " + SetupFailure.headline(result) + "; the network is now off"
          + (tail.isBlank() ? "; it printed nothing" : "; the end of its output:"));
      tail.lines().forEach(line -> lines.accept("setup: | " + line));
      lines.accept("setup: " + goingOn);
    }
    return result;
  }

  /** Refuses a tree with uncommitted changes unless {@code allowDirty}, which works from HEAD without them. */
  static void checkClean(UserRepo user, boolean allowDirty, String head, Progress progress) {
    List<String> dirty = user.uncommittedPaths();
    if (dirty.isEmpty()) {
      return;
    }
    String some = String.join(", ", dirty.subList(0, Math.min(3, dirty.size())))
        + (dirty.size() > 3 ? " and " + (dirty.size() - 3) + " more" : "");
    if (!allowDirty) {
      throw FixerException.usage("the working tree at " + user.root() + " has uncommitted changes (" + some
          + "): commit or stash them, or pass --allow-dirty to work from HEAD " + head.substring(0, 12)
          + " without them");
    }
    progress.line("start: working from HEAD " + head.substring(0, 12) + "; your uncommitted changes (" + some
        + ") are not part of the run and stay as they are");
  }
}
