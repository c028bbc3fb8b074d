package dev.fixer.tools.verdict;

import dev.fixer.tools.build.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a change fixed something, as the tests show it.
 *
 * @param status the judgement
 * @param reason one plain sentence for a person, naming at most a few test ids
 * @param evidence the tests that fail before the change and pass after it: fail→pass, and the agent's
 *     tests that fail (or do not compile) on the base code and pass after
 * @param regressions the pass→fail tests
 * @param newFailures the tests new in the after-run that fail
 * @param transitions every test of the after-run, sorted
 */
public record Verdict(Status status, String reason, List<String> evidence, List<String> regressions,
    List<String> newFailures, Transitions transitions) {

  /** The judgement. */
  public enum Status {
    /** A test fails before the change and passes after it, and none breaks. */
    FIXED,
    /** Nothing breaks, but no test shows the fix. */
    UNVERIFIED,
    /** The tests could not run after the change, or a test breaks. */
    NOT_FIXED
  }

  static final int IDS_IN_REASON = 3;

  public Verdict {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    evidence = List.copyOf(evidence);
    regressions = List.copyOf(regressions);
    newFailures = List.copyOf(newFailures);
    Objects.requireNonNull(transitions, "transitions");
  }

  /**
   * {@link Status#NOT_FIXED} when the after-run is {@code BUILD_FAILED}, {@code TIMED_OUT} or
   * {@code NOT_RUN}, or a test goes pass→fail or is new and fails. Else {@link Status#FIXED} when there
   * is evidence: fail→pass tests, and tests that {@code baseCheck} shows failing (or not compiling) on
   * the base code that pass after. Else {@link Status#UNVERIFIED}. A test that fails before and after
   * never blocks.
   *
   * @param baseline the run before the change; {@link Outcomes#none} when there was none
   */
  public static Verdict judge(Outcomes baseline, Outcomes after, Optional<BaseCheck> baseCheck) {
    Transitions transitions = Transitions.between(baseline, after);
    List<String> regressions = transitions.of(Transition.PASS_TO_FAIL);
    List<String> newFailures = transitions.of(Transition.NEW_FAIL);
    List<String> evidence = evidence(transitions, after, baseCheck);
    Status status;
    String reason;
    if (after.status() != Outcomes.Status.RAN) {
      status = Status.NOT_FIXED;
      reason = notRan(after);
    } else if (!regressions.isEmpty() || !newFailures.isEmpty()) {
      status = Status.NOT_FIXED;
      reason = breaks(regressions, newFailures);
    } else if (!evidence.isEmpty()) {
      status = Status.FIXED;
      reason = count(evidence.size(), "test fails", "tests fail") + " before the change and "
          + (evidence.size() == 1 ? "passes" : "pass") + " after it: " + TransitionText.ids(evidence, IDS_IN_REASON)
          + stillFailing(transitions);
    } else {
      status = Status.UNVERIFIED;
      reason = "no test fails before the change and passes after it" + context(baseline, after);
    }
    return new Verdict(status, reason, evidence, regressions, newFailures, transitions);
  }

  /** How every follow-up verdict's reason begins; it says the rule. */
  public static final String FOLLOW_UP_RULE = "follow-up: no test that passed before fails now";

  /**
   * The rule for a follow-up change on a branch that already holds a fix, where the failing
   * test passes before the change: {@link Status#NOT_FIXED} when the after-run did not run or a test
   * goes pass→fail or is new and fails, as in {@link #judge}; else {@link Status#FIXED} when
   * {@code baseline} ran, with {@link #FOLLOW_UP_RULE} as the reason and the fail→pass tests, if any, as
   * evidence; else (no baseline to compare with) {@link Status#UNVERIFIED}.
   */
  public static Verdict followUp(Outcomes baseline, Outcomes after) {
    Verdict judged = judge(baseline, after, Optional.empty());
    if (judged.status() == Status.NOT_FIXED) {
      return judged;
    }
    Transitions transitions = judged.transitions();
    if (baseline.status() != Outcomes.Status.RAN) {
      return new Verdict(Status.UNVERIFIED, "follow-up: no baseline to compare with, so nothing shows that no test"
          + " that passed before fails now" + context(baseline, after), List.of(), List.of(), List.of(), transitions);
    }
    int kept = transitions.of(Transition.PASS_TO_PASS).size() + transitions.of(Transition.FAIL_TO_PASS).size()
        + transitions.of(Transition.NEW_PASS).size();
    int failing = transitions.of(Transition.FAIL_TO_FAIL).size();
    return new Verdict(Status.FIXED, FOLLOW_UP_RULE + " (" + count(kept, "test passes", "tests pass") + " after it"
        + (failing == 0 ? "" : "; " + count(failing, "test that failed before still fails",
            "tests that failed before still fail")) + ")", judged.evidence(), List.of(), List.of(), transitions);
  }

  /** The transitions for a person, one line per kind: {@code fails before, passes after: a, b}. */
  public List<String> lines() {
    return TransitionText.lines(this, TransitionText.IDS_PER_LINE);
  }

  private static List<String> evidence(Transitions transitions, Outcomes after, Optional<BaseCheck> baseCheck) {
    Set<String> evidence = new LinkedHashSet<>(transitions.of(Transition.FAIL_TO_PASS));
    baseCheck.ifPresent(check -> after.byId().forEach((id, outcome) -> {
      if (outcome == TestCase.Outcome.PASSED && check.failsOnBase(id)) {
        evidence.add(id);
      }
    }));
    return new ArrayList<>(evidence);
  }

  private static String notRan(Outcomes after) {
    String detail = summary(after.detail());
    return switch (after.status()) {
      case BUILD_FAILED -> detail.isEmpty() ? "the build fails after the change" : "after the change, " + detail;
      case TIMED_OUT -> "the tests did not finish after the change" + (detail.isEmpty() ? "" : ": " + detail);
      default -> "no tests could run after the change" + (detail.isEmpty() ? "" : ": " + detail);
    };
  }

  /** Why nothing shows the fix, when a run says more: the after-run's detail, else a missing baseline's. */
  private static String context(Outcomes baseline, Outcomes after) {
    if (!after.detail().isEmpty()) {
      return " (" + summary(after.detail()) + ")";
    }
    boolean noBaseline = baseline.status() == Outcomes.Status.NOT_RUN && !baseline.detail().isEmpty();
    return noBaseline ? " (" + summary(baseline.detail()) + ")" : "";
  }

  private static String breaks(List<String> regressions, List<String> newFailures) {
    List<String> parts = new ArrayList<>();
    if (!regressions.isEmpty()) {
      parts.add("the change breaks " + count(regressions.size(), "test", "tests") + " that passed before: "
          + TransitionText.ids(regressions, IDS_IN_REASON));
    }
    if (!newFailures.isEmpty()) {
      parts.add(count(newFailures.size(), "new test fails", "new tests fail") + ": "
          + TransitionText.ids(newFailures, IDS_IN_REASON));
    }
    return String.join("; and ", parts);
  }

  private static String stillFailing(Transitions transitions) {
    int n = transitions.of(Transition.FAIL_TO_FAIL).size();
    return n == 0 ? ""
        : " (" + count(n, "test that failed before still fails", "tests that failed before still fail") + ")";
  }

  /** The first line of a detail, and the one after it when the first ends in a colon. */
  private static String summary(String detail) {
    List<String> lines = detail.strip().lines().toList();
    String first = lines.isEmpty() ? "" : lines.get(0).strip();
    if (first.endsWith(":") && lines.size() > 1) {
      first = first.substring(0, first.length() - 1) + ": " + lines.get(1).strip();
    }
    return first.length() > 300 ? first.substring(0, 299) + "…" : first;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
