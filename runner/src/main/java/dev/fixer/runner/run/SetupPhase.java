package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.Durations;
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

  /** Runs setup in the sandbox, saying how it went; a failed setup is told to the agent, not fatal. */
  static SetupResult run(Workspace workspace, Sandbox sandbox, RunPlan plan, Progress progress)
      throws InterruptedException {
    return run(workspace, sandbox, Optional.ofNullable(plan.setup()), plan.setupTimeout(),
        "the agent starts anyway and is told", progress::line);
  }

  /**
   * Runs {@code setup} (the build's default when empty) in the sandbox with the network on, then closes
   * the network; says how it went in {@code lines}. A failed setup is returned, not thrown.
   *
   * @param goingOn what happens after a failed setup, for its line, e.g. "the tests run anyway"
   */
  static SetupResult run(Workspace workspace, Sandbox sandbox, Optional<String> setup, Duration timeout,
      String goingOn, Consumer<String> lines) throws InterruptedException {
    lines.accept("setup: " + setup.orElse("the build's default") + " (network on, at most "
        + Durations.format(timeout) + ")");
    SetupResult result = Setup.run(workspace, sandbox, setup, timeout);
    if (!result.ran()) {
      lines.accept("setup: " + result.outputTail());
    } else if (result.succeeded()) {
      lines.accept("setup: done in " + result.duration().toSeconds() + " s; the network is now off");
    } else {
      lines.accept("setup: `" + result.command() + "` failed (exit code " + result.exitCode()
          + (result.timedOut() ? ", timed out" : "") + "); " + goingOn + "; the network is now off");
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
