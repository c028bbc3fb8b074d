package dev.fixer.tools.verdict;

import static dev.fixer.tools.verdict.Fixtures.FAILED;
import static dev.fixer.tools.verdict.Fixtures.PASSED;
import static dev.fixer.tools.verdict.Fixtures.ran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.build.TestFailure;
import dev.fixer.tools.build.TestReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final TestReport REPORT = new TestReport(3, 1, 0, 0,
      List.of(new TestFailure("demo.CalcTest#adds", "expected 3", "")),
      List.of(new TestCase("demo.CalcTest#adds", TestCase.Outcome.PASSED),
          new TestCase("demo.CalcTest#divides", TestCase.Outcome.PASSED),
          new TestCase("demo.CalcTest#adds", TestCase.Outcome.FAILED)));

  @Test
  void aRunWithReportsRanAndEachIdKeepsItsWorstOutcome() {
    Outcomes outcomes = Outcomes.of(run(Optional.of(REPORT), false, Optional.empty()));

    assertThat(outcomes.status()).isEqualTo(Outcomes.Status.RAN);
    assertThat(outcomes.byId()).containsExactly(
        entry("demo.CalcTest#adds", TestCase.Outcome.FAILED), entry("demo.CalcTest#divides", TestCase.Outcome.PASSED));
    assertThat(outcomes.detail()).isEmpty();
  }

  @Test
  void aRunThatFailedWithoutAFailingTestDidNotBuild() {
    Outcomes outcomes = Outcomes.of(run(Optional.empty(), false,
        Optional.of("the build failed before tests ran (exit code 1):\n[ERROR] Calc.java:[2,9] cannot find symbol")));

    assertThat(outcomes.status()).isEqualTo(Outcomes.Status.BUILD_FAILED);
    assertThat(outcomes.byId()).isEmpty();
    assertThat(outcomes.detail()).contains("cannot find symbol");
  }

  @Test
  void aRunStoppedAtItsLimitKeepsWhatWasRead() {
    Outcomes outcomes = Outcomes.of(run(Optional.of(REPORT), true, Optional.empty()));

    assertThat(outcomes.status()).isEqualTo(Outcomes.Status.TIMED_OUT);
    assertThat(outcomes.byId()).hasSize(2);
    assertThat(outcomes.detail()).isEqualTo("the run was stopped at its time limit after 2 tests had reported");
  }

  @Test
  void aRunThatCouldNotStartSaysWhy() {
    TestRun notRun = new TestRun("", List.of("CalkTest"), ToolResult.failure("run_tests: no test class CalkTest"),
        Optional.empty(), false, Optional.empty());

    Outcomes outcomes = Outcomes.of(notRun);

    assertThat(outcomes.status()).isEqualTo(Outcomes.Status.NOT_RUN);
    assertThat(outcomes.detail()).isEqualTo("no test class CalkTest");
  }

  @Test
  void aPassingCommandWithoutResultsRanButNamesNoTest() {
    Outcomes outcomes = Outcomes.of(run(Optional.empty(), false, Optional.empty()));

    assertThat(outcomes.status()).isEqualTo(Outcomes.Status.RAN);
    assertThat(outcomes.byId()).isEmpty();
    assertThat(outcomes.detail()).isEqualTo("the command passed, but no test results could be read");
  }

  @Test
  void aReportWithCountsButNoTestIdsSaysSo() {
    TestReport countsOnly = new TestReport(4, 0, 0, 0, List.of(), List.of());

    assertThat(Outcomes.of(run(Optional.of(countsOnly), false, Optional.empty())).detail())
        .isEqualTo("4 tests ran, but the output names none of them");
  }

  @Test
  void twoRunsOfOneVerificationAddUpWithEachIdsWorstAndTheWorseStatus() {
    Outcomes suite = new Outcomes(Map.of("a#x", PASSED, "a#y", FAILED), Outcomes.Status.RAN, "");
    Outcomes named = new Outcomes(Map.of("a#x", FAILED, "b#z", PASSED), Outcomes.Status.BUILD_FAILED, "b broke");

    Outcomes both = suite.plus(named);

    assertThat(both.byId()).containsOnly(Map.entry("a#x", FAILED), Map.entry("a#y", FAILED),
        Map.entry("b#z", PASSED));
    assertThat(both.status()).isEqualTo(Outcomes.Status.BUILD_FAILED);
    assertThat(both.detail()).isEqualTo("b broke");
    assertThat(suite.plus(Outcomes.none("unknown test"))).isEqualTo(suite);
    assertThat(Outcomes.none("no build").plus(suite)).isEqualTo(suite);
  }

  @Test
  void outcomesAndVerdictsSurviveJson() throws Exception {
    Outcomes baseline = ran("a", FAILED, "b", PASSED);
    Verdict verdict = Verdict.judge(baseline, ran("a", PASSED, "b", PASSED, "c", PASSED),
        Optional.of(new BaseCheck(ran("c", FAILED), Set.of("c")::contains)));

    String json = JSON.writeValueAsString(verdict);

    assertThat(JSON.readValue(JSON.writeValueAsString(baseline), Outcomes.class)).isEqualTo(baseline);
    assertThat(JSON.readValue(json, Verdict.class)).isEqualTo(verdict);
    assertThat(json).contains("\"status\":\"FIXED\"", "\"FAIL_TO_PASS\":[\"a\"]", "\"evidence\":[\"a\",\"c\"]");
  }

  private static TestRun run(Optional<TestReport> report, boolean timedOut, Optional<String> buildFailure) {
    return new TestRun("mvn test", List.of(), ToolResult.failure("run_tests: ..."), report, timedOut, buildFailure);
  }
}
