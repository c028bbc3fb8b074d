package dev.fixer.runner.run;

import dev.fixer.core.agent.RunStatus;
import dev.fixer.runner.git.CommitSelection;
import dev.fixer.runner.git.WorkCopy;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agent's attempts. Each one that ends with a change is cleaned (what does not belong to the fix
 * is set aside) and verified; while verification turns it down and attempts are left, the next
 * attempt goes on in the same conversation, told why.
 */
final class Attempts {

  /** What the attempts work with. */
  record Inputs(AgentPhase.Inputs agent, Verifier.Inputs verify, Baseline baseline, WorkCopy copy, Path leftOut,
      int attempts) {}

  /**
   * How the last attempt ended.
   *
   * @param selection what the change holds, once the agent completed
   * @param verification the last verification, when one ran to its end
   * @param interrupted whether verification was interrupted
   */
  record Result(AgentPhase.Result agent, Optional<CommitSelection> selection, Optional<Verification> verification,
      boolean interrupted) {}

  private Attempts() {}

  static Result run(Inputs in, Progress progress) {
    AgentPhase.Result agent = AgentPhase.run(in.agent(), Optional.empty());
    while (true) {
      if (agent.run().status() != RunStatus.COMPLETED || Thread.currentThread().isInterrupted()) {
        return new Result(agent, Optional.empty(), Optional.empty(), false);
      }
      AgentWork work = AgentWork.of(agent.entries(), in.agent().workspace());
      CommitSelection selection = in.copy().select(work.written(), work.keep());
      if (!selection.setAside().isEmpty()) {
        in.copy().setAside(selection, in.leftOut());
        progress.line("verifying: left out of the change, and moved to " + in.leftOut() + ": "
            + selection.setAside().stream().map(left -> left.change().path() + " (" + left.reason().words() + ")")
                .collect(Collectors.joining(", ")));
      }
      if (selection.included().isEmpty()) {
        return new Result(agent, Optional.of(selection), Optional.empty(), false);
      }
      Verification verification;
      try {
        verification = Verifier.verify(in.verify(), in.baseline(), selection.included(),
            TestsAgentRan.in(agent.entries()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Result(agent, Optional.of(selection), Optional.empty(), true);
      }
      int attempt = agent.attempt();
      if (verification.verdict().status() == dev.fixer.tools.verdict.Verdict.Status.FIXED
          || attempt >= in.attempts() || Thread.currentThread().isInterrupted()) {
        return new Result(agent, Optional.of(selection), Optional.of(verification), false);
      }
      progress.line("attempt " + (attempt + 1) + " of " + in.attempts() + ": the model is told why the change was"
          + " turned down, and goes on");
      agent = AgentPhase.run(in.agent(), Optional.of(Feedback.of(verification, selection, attempt + 1,
          in.attempts())));
    }
  }
}
