package dev.fixer.runner.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows of one run, read from its directory.
 *
 * @param dir the run directory
 * @param title the issue's title
 * @param issue the issue's text
 * @param model the model, as the run recorded it
 * @param steps the steps, in order
 * @param totals the tokens and cost of the whole run, from the trajectory
 * @param elapsedMs the run's active time at its last event
 * @param ending how the run ended; empty while it runs, or when it was killed before its verdict
 * @param patch the diff the run made; empty when there is none
 * @param trajectory the trajectory file
 * @param torn whether the trajectory's last line is incomplete: the run was cut off
 * @param finished whether the agent finished (the trajectory has {@code run_finished})
 */
record RunView(Path dir, String title, String issue, String model, List<Step> steps, Tokens totals, long elapsedMs,
    Optional<Ending> ending, String patch, Path trajectory, boolean torn, boolean finished) {

  static final String CUT_OFF = "the run was cut off: its last line is incomplete";

  RunView {
    steps = List.copyOf(steps);
  }

  int calls() {
    return steps.stream().mapToInt(step -> step.calls().size()).sum();
  }
}
