package dev.fixer.tools.verdict;

import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.build.TestReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one test run showed, by test id.
 *
 * @param byId each test's outcome, in report order; an id reported twice keeps its worst
 * @param status whether results could be read, and if not why
 * @param detail what a person should know about the run, e.g. the build's first errors; may be empty
 */
public record Outcomes(Map<String, TestCase.Outcome> byId, Status status, String detail) {

  /** How a run ended. */
  public enum Status {
    /** Results were read; the exit code may be non-zero because tests failed. */
    RAN,
    /** Non-zero exit and no failed test to explain it, e.g. a compilation error; {@code byId} holds what was read. */
    BUILD_FAILED,
    /** The run met its time limit; {@code byId} holds what was read so far. */
    TIMED_OUT,
    /** Nothing could run: no build found, an unknown test name, no baseline. */
    NOT_RUN
  }

  public Outcomes {
    byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /** The outcomes of {@code run}, its status told from its exit, time limit and reports. */
  public static Outcomes of(TestRun run) {
    Map<String, TestCase.Outcome> byId = run.report().map(TestReport::outcomes).orElse(Map.of());
    if (!run.ran()) {
      String why = run.answer().output();
      return none(why.startsWith("run_tests: ") ? why.substring("run_tests: ".length()) : why);
    }
    if (run.timedOut()) {
      return new Outcomes(byId, Status.TIMED_OUT, "the run was stopped at its time limit"
          + (byId.isEmpty() ? "" : " after " + byId.size() + " tests had reported"));
    }
    if (run.buildFailure().isPresent()) {
      return new Outcomes(byId, Status.BUILD_FAILED, run.buildFailure().get());
    }
    if (run.report().isEmpty()) {
      return new Outcomes(byId, Status.RAN, "the command passed, but no test results could be read");
    }
    int ran = run.report().get().run();
    return new Outcomes(byId, Status.RAN,
        byId.isEmpty() && ran > 0 ? ran + " tests ran, but the output names none of them" : "");
  }

  /**
   * These outcomes and {@code other}'s, from two runs of one verification: an id in both keeps its
   * worst; the status is the worse of the two (a build failure or time limit over results), except that
   * a run that could not start at all leaves the other's status.
   */
  public Outcomes plus(Outcomes other) {
    if (other.status == Status.NOT_RUN) {
      return this;
    }
    if (status == Status.NOT_RUN) {
      return other;
    }
    Map<String, TestCase.Outcome> all = new LinkedHashMap<>(byId);
    other.byId.forEach((id, outcome) -> all.merge(id, outcome, TestCase.Outcome::worst));
    Status worst = status.compareTo(other.status) >= 0 ? status : other.status;
    String both = detail.isEmpty() ? other.detail : other.detail.isEmpty() ? detail : detail + "; " + other.detail;
    return new Outcomes(all, worst, both);
  }

  /** No outcomes, because nothing ran; {@code why} says so, e.g. that there is no baseline. */
  public static Outcomes none(String why) {
    return new Outcomes(Map.of(), Status.NOT_RUN, why);
  }
}
