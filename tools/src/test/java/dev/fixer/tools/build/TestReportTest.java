package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestReportTest {

  @Test
  void anIdSeenSeveralTimesKeepsItsWorstOutcomeInTheOrderFirstSeen() {
    TestReport report = new TestReport(6, 1, 0, 2, List.of(), List.of(
        new TestCase("b", TestCase.Outcome.SKIPPED),
        new TestCase("a", TestCase.Outcome.PASSED),
        new TestCase("b", TestCase.Outcome.PASSED),
        new TestCase("a", TestCase.Outcome.FAILED),
        new TestCase("c", TestCase.Outcome.SKIPPED),
        new TestCase("a", TestCase.Outcome.PASSED)));

    assertThat(report.outcomes()).containsExactly(
        entry("b", TestCase.Outcome.PASSED),
        entry("a", TestCase.Outcome.FAILED),
        entry("c", TestCase.Outcome.SKIPPED));
  }

  @Test
  void reportsAddUpTheirCasesInOrder() {
    TestReport one = new TestReport(1, 0, 0, 0, List.of(), List.of(new TestCase("a", TestCase.Outcome.PASSED)));
    TestReport two = new TestReport(1, 1, 0, 0, List.of(new TestFailure("b", "", "")),
        List.of(new TestCase("b", TestCase.Outcome.FAILED)));

    TestReport both = one.plus(two);

    assertThat(both.cases()).extracting(TestCase::id).containsExactly("a", "b");
    assertThat(both.run()).isEqualTo(2);
    assertThat(both.failures()).extracting(TestFailure::test).containsExactly("b");
  }
}
