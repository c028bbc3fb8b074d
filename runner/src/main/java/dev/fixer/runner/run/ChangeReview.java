package dev.fixer.runner.run;

import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.tool.FinishReview;
import dev.fixer.runner.git.CommitSelection;
import dev.fixer.runner.git.FileChange;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.tools.Workspace;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The agent's first {@code finish} while its change holds new files: the model is shown what the commit
 * would take and what it would leave out, and asked to delete its scratch files and call finish again.
 * A change of tracked files only is accepted at once; so is the finish call after a review.
 */
final class ChangeReview implements FinishReview {

  private final WorkCopy copy;
  private final Workspace workspace;
  private final Supplier<List<Trajectory.Entry>> entries;
  private boolean shown;

  /** @param entries the run's events so far */
  ChangeReview(WorkCopy copy, Workspace workspace, Supplier<List<Trajectory.Entry>> entries) {
    this.copy = copy;
    this.workspace = workspace;
    this.entries = entries;
  }

  @Override
  public Optional<String> objection(String summary, List<String> keep) {
    if (shown) {
      shown = false;
      return Optional.empty();
    }
    AgentWork work = AgentWork.of(entries.get(), workspace);
    Set<String> kept = new HashSet<>(work.keep());
    kept.addAll(keep);
    CommitSelection selection = copy.select(work.written(), kept);
    boolean newFiles = selection.included().stream().anyMatch(change -> change.kind() == FileChange.Kind.ADDED);
    if (!newFiles && selection.setAside().isEmpty()) {
      return Optional.empty();
    }
    shown = true;
    return Optional.of(text(selection));
  }

  static String text(CommitSelection selection) {
    StringBuilder text = new StringBuilder("Before the run ends, check what your change holds. The commit will take:\n");
    if (selection.included().isEmpty()) {
      text.append("  (nothing)\n");
    }
    for (FileChange change : selection.included()) {
      text.append("  ").append(switch (change.kind()) {
        case ADDED -> "new      ";
        case MODIFIED -> "modified ";
        case DELETED -> "deleted  ";
      }).append(change.path()).append(" (+").append(change.added()).append(" -").append(change.removed()).append(")\n");
    }
    if (!selection.setAside().isEmpty()) {
      text.append("It will leave out, and move out of the work tree:\n");
      selection.setAside().forEach(left -> text.append("  ").append(left.change().path()).append(": ")
          .append(left.reason().words()).append('\n'));
    }
    return text.append("Delete the scratch files you made (reproduction scripts, notes, logs, output) and any"
        + " debugging code; keep only what belongs to the fix and its tests. If a file a command made belongs in"
        + " the change (e.g. after git mv), list it in finish's keep. Then call finish again.").toString();
  }
}
