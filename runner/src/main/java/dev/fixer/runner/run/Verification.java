package dev.fixer.runner.run;

import dev.fixer.tools.TestRun;
import dev.fixer.tools.verdict.Outcomes;
import dev.fixer.tools.verdict.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One verification of the agent's change: the verdict, and what it was judged on.
 *
 * @param verdict fixed, unverified or not fixed, with the transitions
 * @param baseline the outcomes before the change (taken at setup, or at verification)
 * @param baselineNote what to know about the baseline, e.g. why there is none; may be empty
 * @param scope which tests ran, in words
 * @param runs the test runs on the changed code, for their failures and output
 * @param onBase the agent's tests on the code before its change, when that check ran
 * @param durationMs how long verification took
 */
record Verification(Verdict verdict, Outcomes baseline, String baselineNote, String scope, List<TestRun> runs,
    Optional<Outcomes> onBase, long durationMs) {

  Verification {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(baseline, "baseline");
    baselineNote = baselineNote == null ? "" : baselineNote;
    Objects.requireNonNull(scope, "scope");
    runs = List.copyOf(runs);
    Objects.requireNonNull(onBase, "onBase");
  }

  /** The main run: the scope's tests on the changed code. */
  TestRun run() {
    return runs.get(0);
  }
}
