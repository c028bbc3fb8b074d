package dev.fixer.runner.run;

import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.trajectory.JsonlTrajectory;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code --resume} reads from a run's trajectory before it goes on. */
final class Resumption {

  private Resumption() {}

  /**
   * What a trajectory holds, checked to be a run the agent can go on with; nothing when it does not
   * exist yet.
   *
   * @throws FixerException a usage error naming the file and what is wrong with it
   */
  static List<Trajectory.Entry> recorded(Path trajectory) {
    if (!Files.isRegularFile(trajectory)) {
      return List.of();
    }
    List<Trajectory.Entry> entries;
    try {
      entries = JsonlTrajectory.read(trajectory);
    } catch (IOException e) {
      throw FixerException.usage("cannot read the trajectory " + trajectory + ": " + e.getMessage(), e);
    }
    if (!entries.isEmpty()) {
      try {
        Agent.requireResumable(entries);
      } catch (IllegalArgumentException e) {
        throw FixerException.usage("the trajectory " + trajectory + " is damaged: " + e.getMessage()
            + "; restore it from a copy, or start a new run with --issue", e);
      }
    }
    return entries;
  }

  /** A run that stopped at a budget goes on only with more of it. */
  static void requireBudgetLeft(List<Trajectory.Entry> recorded, RunPlan plan) {
    RunResult last = null;
    for (Trajectory.Entry entry : recorded) {
      if (entry.event() instanceof AgentEvent.RunFinished finished) {
        last = finished.result();
      }
    }
    if (last == null) {
      return;
    }
    if (last.status() == RunStatus.STEP_LIMIT && last.steps() >= plan.maxSteps()) {
      throw FixerException.usage("the run already took its " + plan.maxSteps()
          + (plan.maxSteps() == 1 ? " step" : " steps") + ": pass a larger --max-steps"
          + " to continue it");
    }
    if (last.status() == RunStatus.COST_LIMIT && plan.maxCostUsd() != null && last.costUsd() != null
        && last.costUsd() >= plan.maxCostUsd()) {
      throw FixerException.usage(String.format(Locale.ROOT, "the run already spent $%.2f of its $%.2f: pass a larger"
          + " --max-cost to continue it", last.costUsd(), plan.maxCostUsd()));
    }
    if (last.status() == RunStatus.TIME_LIMIT && last.elapsedMs() >= plan.timeout().toMillis()) {
      throw FixerException.usage("the run already used its " + Durations.format(plan.timeout()) + ": pass a larger"
          + " --timeout to continue it");
    }
  }

  /** How many model replies the run already has, which a replayed model skips. */
  static int replies(List<Trajectory.Entry> recorded) {
    return (int) recorded.stream().filter(entry -> entry.event() instanceof AgentEvent.AssistantReplied).count();
  }
}
