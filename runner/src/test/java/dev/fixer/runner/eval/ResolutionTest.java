package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.tools.build.TestCase.Outcome;
import dev.fixer.tools.verdict.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolutionTest {

  private static final Instance INSTANCE = new Instance("o__r-1", "o/r", "abc1234", "", "", "", List.of("t::f2p"),
      List.of("t::p2p", "t::other"), "", "", "", "", "", "", 1);

  private final List<String> warnings = new ArrayList<>();

  private ScoreRecord score(Outcomes outcomes) {
    return Resolution.of(INSTANCE, "applied", "gold", outcomes, 10, 5, warnings::add);
  }

  @Test
  void everyTestPassingResolves() {
    ScoreRecord record = score(new Outcomes(Map.of("t::f2p", Outcome.PASSED, "t::p2p", Outcome.PASSED,
        "t::other", Outcome.PASSED, "t::unlisted", Outcome.FAILED), Outcomes.Status.RAN, ""));

    assertThat(record.resolved()).isTrue();
    assertThat(record.reason()).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aSkippedTestIsNotAPassedOne() {
    ScoreRecord record = score(new Outcomes(Map.of("t::f2p", Outcome.PASSED, "t::p2p", Outcome.SKIPPED,
        "t::other", Outcome.PASSED), Outcomes.Status.RAN, ""));

    assertThat(record.status()).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.passToPassFailed()).containsExactly("t::p2p");
    assertThat(record.reason()).isEqualTo("PASS_TO_PASS failed: t::p2p");
    assertThat(record.missing()).isEmpty();
  }

  @Test
  void anIdNoTestReportedFailsAndIsMissingWithAWarning() {
    ScoreRecord record = score(new Outcomes(Map.of("t::p2p", Outcome.PASSED, "t::other", Outcome.PASSED),
        Outcomes.Status.RAN, ""));

    assertThat(record.failToPassFailed()).containsExactly("t::f2p");
    assertThat(record.missing()).containsExactly("t::f2p");
    assertThat(warnings).containsExactly("t::f2p names no test that ran; it counts as failed");
  }

  @Test
  void aBuildThatReportsNothingIsUnresolvedWithItsErrors() {
    ScoreRecord record = score(new Outcomes(Map.of(), Outcomes.Status.BUILD_FAILED,
        "exit code 1\n[ERROR] Calc.java:[9,30] ';' expected\n"));

    assertThat(record.status()).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.reason()).isEqualTo("the tests did not run, the build failed: exit code 1 | [ERROR] Calc.java:"
        + "[9,30] ';' expected");
    assertThat(record.failToPassFailed()).containsExactly("t::f2p");
    assertThat(record.passToPassFailed()).containsExactly("t::p2p", "t::other");
    assertThat(record.missing()).containsExactly("t::f2p", "t::p2p", "t::other");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void theTestsOfAnInstanceAreFailToPassFirstEachOnce() {
    Instance overlapping = new Instance("i", "o/r", "abc1234", "", "", "", List.of("a", "b"), List.of("b", "c"), "",
        "", "", "", "", "", 1);

    assertThat(Resolution.testsOf(overlapping)).containsExactly("a", "b", "c");
  }
}
