package dev.fixer.core.tool;

import java.util.List;
import java.util.Optional;

/**
 * Checks a {@code finish} call before the run ends; the runner shows the model its diff here. Called
 * on the run's thread, at most once per finish call, with a summary that is not blank.
 */
@FunctionalInterface
public interface FinishReview {

  /** Accepts every finish. */
  FinishReview NONE = (summary, keep) -> Optional.empty();

  /**
   * Empty to accept; otherwise what the model reads instead (the run goes on, and the model may
   * call finish again). An exception other than {@link InterruptedException} is a bug and ends the
   * run as failed.
   *
   * @param summary the model's summary, stripped
   * @param keep the new files the model asks to keep, as it wrote them (stripped, blanks left out)
   * @throws InterruptedException if the run is being stopped
   */
  Optional<String> objection(String summary, List<String> keep) throws InterruptedException;
}
