package dev.fixer.runner.report;

import java.nio.file.Path;
import java.util.Optional;

/** Reads a {@link RunView} from a run directory, whole or as far as its trajectory goes now. */
final class RunViews {

  private RunViews() {}

  /** @throws dev.fixer.runner.FixerException a usage error when {@code dir} is not a run directory */
  static RunView load(Path dir) {
    RunFiles files = RunFiles.of(dir);
    TrajectoryFile trajectory = new TrajectoryFile(files.trajectory());
    Timeline timeline = new Timeline();
    timeline.acceptAll(trajectory.readNew());
    timeline.acceptAll(trajectory.lastLine());
    return view(files, trajectory, timeline);
  }

  /** The view of what {@code timeline} has read of {@code trajectory} so far. */
  static RunView view(RunFiles files, TrajectoryFile trajectory, Timeline timeline) {
    Optional<Ending> ending = files.result().map(Ending::of);
    String title = files.issue().path("title").asText("");
    return new RunView(files.dir(), title.isEmpty() ? files.dir().getFileName().toString() : title,
        files.issue().path("body").asText(""), timeline.model().orElse(files.model()), timeline.steps(),
        timeline.totals(), Math.max(timeline.elapsedMs(), ending.map(Ending::elapsedMs).orElse(0L)), ending,
        files.patch(ending), trajectory.path(), trajectory.torn(), timeline.over());
  }
}
