package dev.fixer.tools.verdict;

import dev.fixer.tools.build.TestCase;
import java.util.LinkedHashMap;
import java.util.Map;

/** Outcomes written briefly: {@code ran("a", PASSED, "b", FAILED)}. */
final class Fixtures {

  static final TestCase.Outcome PASSED = TestCase.Outcome.PASSED;
  static final TestCase.Outcome FAILED = TestCase.Outcome.FAILED;
  static final TestCase.Outcome SKIPPED = TestCase.Outcome.SKIPPED;

  private Fixtures() {}

  static Outcomes ran(Object... idsAndOutcomes) {
    return with(Outcomes.Status.RAN, "", idsAndOutcomes);
  }

  static Outcomes with(Outcomes.Status status, String detail, Object... idsAndOutcomes) {
    Map<String, TestCase.Outcome> byId = new LinkedHashMap<>();
    for (int i = 0; i < idsAndOutcomes.length; i += 2) {
      byId.put((String) idsAndOutcomes[i], (TestCase.Outcome) idsAndOutcomes[i + 1]);
    }
    return new Outcomes(byId, status, detail);
  }
}
