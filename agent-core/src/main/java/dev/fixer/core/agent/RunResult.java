package dev.fixer.core.agent;

import dev.fixer.core.model.Usage;
import java.util.Objects;

/**
 * How a run ended and what it cost.
 *
 * @param status why it ended
 * @param summary the summary given to {@code finish} when that ended the run; otherwise the model's
 *     last text (its summary when {@link RunStatus#COMPLETED})
 * @param detail for any other status, what stopped the run, in words for the user
 * @param steps model replies received
 * @param usage tokens over the whole run
 * @param costUsd USD over the whole run, or {@code null} when the model's price is unknown
 * @param elapsedMs active time, across resumes
 */
public record RunResult(
    RunStatus status, String summary, String detail, int steps, Usage usage, Double costUsd, long elapsedMs) {

  public RunResult {
    Objects.requireNonNull(status, "status");
    summary = summary == null ? "" : summary;
    detail = detail == null ? "" : detail;
    usage = usage == null ? Usage.ZERO : usage;
  }
}
