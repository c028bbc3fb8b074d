package dev.fixer.runner.report;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * {@code fixer show --follow}: prints the steps a run's trajectory holds, then reads it again every
 * {@code poll} and prints each new step once it is complete (its calls all answered, or a later step
 * begun), until {@code run_finished} appears or {@code result.json} is written; then the outcome. Ends
 * early, quietly, when the thread is interrupted.
 */
final class Follower {

  private final RunFiles files;
  private final PrintWriter out;
  private final Duration poll;

  Follower(RunFiles files, PrintWriter out, Duration poll) {
    this.files = files;
    this.out = out;
    this.poll = poll;
  }

  void follow() {
    TrajectoryFile trajectory = new TrajectoryFile(files.trajectory());
    Timeline timeline = new Timeline();
    TerminalView view = new TerminalView(out);
    view.header(RunViews.view(files, trajectory, timeline));
    int printed = 0;
    while (true) {
      timeline.acceptAll(trajectory.readNew());
      boolean over = timeline.over() || Files.isRegularFile(files.dir().resolve("result.json"));
      List<Step> steps = timeline.steps();
      while (printed < steps.size() && (over || complete(steps, printed))) {
        view.step(steps.get(printed++));
      }
      out.flush();
      if (over || !pause()) {
        break;
      }
    }
    timeline.acceptAll(trajectory.lastLine());
    view.ending(RunViews.view(files, trajectory, timeline));
  }

  private static boolean complete(List<Step> steps, int index) {
    Step step = steps.get(index);
    return index < steps.size() - 1 || !step.calls().isEmpty() && step.calls().stream().allMatch(Call::done);
  }

  private boolean pause() {
    try {
      Thread.sleep(poll.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
