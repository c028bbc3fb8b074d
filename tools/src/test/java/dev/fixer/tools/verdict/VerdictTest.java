package dev.fixer.tools.verdict;

import static dev.fixer.tools.verdict.Fixtures.FAILED;
import static dev.fixer.tools.verdict.Fixtures.PASSED;
import static dev.fixer.tools.verdict.Fixtures.SKIPPED;
import static dev.fixer.tools.verdict.Fixtures.ran;
import static dev.fixer.tools.verdict.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final String ADDS = "demo.CalcTest#addsTwoNumbers";
  private static final String DIVIDES = "demo.CalcTest#divides";
  private static final String PARSES = "demo.ParserTest#parses";
  private static final String ZERO = "demo.ZeroTest#dividesByZero";

  @Test
  void aTestThatPassedBeforeAndFailsNowIsARegression() {
    Verdict verdict = Verdict.judge(ran(ADDS, FAILED, DIVIDES, PASSED), ran(ADDS, PASSED, DIVIDES, FAILED),
        Optional.empty());

    assertThat(verdict.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(verdict.regressions()).containsExactly(DIVIDES);
    assertThat(verdict.evidence()).containsExactly(ADDS);
    assertThat(verdict.reason()).isEqualTo("the change breaks 1 test that passed before: " + DIVIDES);
  }

  @Test
  void aFailureThatWasThereBeforeDoesNotBlockAnUnrelatedFix() {
    Verdict verdict = Verdict.judge(ran(ADDS, FAILED, PARSES, FAILED, DIVIDES, PASSED),
        ran(ADDS, PASSED, PARSES, FAILED, DIVIDES, PASSED), Optional.empty());

    assertThat(verdict.status()).isEqualTo(Verdict.Status.FIXED);
    assertThat(verdict.evidence()).containsExactly(ADDS);
    assertThat(verdict.reason())
        .isEqualTo("1 test fails before the change and passes after it: " + ADDS
            + " (1 test that failed before still fails)");
  }

  @Test
  void withoutABaselineNewPassesProveNothingAndNewFailuresBlock() {
    Outcomes none = Outcomes.none("no baseline: the base code was not tested");

    Verdict passing = Verdict.judge(none, ran(ADDS, PASSED, DIVIDES, PASSED), Optional.empty());
    Verdict failing = Verdict.judge(none, ran(ADDS, PASSED, DIVIDES, FAILED), Optional.empty());

    assertThat(passing.status()).isEqualTo(Verdict.Status.UNVERIFIED);
    assertThat(passing.reason())
        .isEqualTo("no test fails before the change and passes after it (no baseline: the base code was not tested)");
    assertThat(passing.transitions().of(Transition.NEW_PASS)).containsExactly(ADDS, DIVIDES);
    assertThat(failing.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(failing.newFailures()).containsExactly(DIVIDES);
    assertThat(failing.reason()).isEqualTo("1 new test fails: " + DIVIDES);
  }

  @Test
  void aChangedTestThatFailsOnTheBaseCodeAndPassesAfterShowsTheFix() {
    BaseCheck onBase = new BaseCheck(ran(ADDS, FAILED), Set.of(ADDS)::contains);

    Verdict verdict = Verdict.judge(ran(ADDS, PASSED, DIVIDES, PASSED), ran(ADDS, PASSED, DIVIDES, PASSED),
        Optional.of(onBase));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.FIXED);
    assertThat(verdict.evidence()).containsExactly(ADDS);
    assertThat(verdict.transitions().of(Transition.PASS_TO_PASS)).containsExactly(ADDS, DIVIDES);
  }

  @Test
  void aNewTestThatDoesNotCompileOnTheBaseCodeCountsAsFailingThere() {
    Outcomes baseDoesNotCompile = with(Outcomes.Status.BUILD_FAILED,
        "the build failed before tests ran (exit code 1):\n[ERROR] ZeroTest.java:[9,20] cannot find symbol");
    BaseCheck onBase = new BaseCheck(baseDoesNotCompile, id -> id.startsWith("demo.ZeroTest#"));

    Verdict verdict = Verdict.judge(ran(DIVIDES, PASSED), ran(DIVIDES, PASSED, ZERO, PASSED), Optional.of(onBase));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.FIXED);
    assertThat(verdict.evidence()).containsExactly(ZERO);
  }

  @Test
  void anAgentTestMissingFromABaseRunThatRanIsNoEvidence() {
    BaseCheck onBase = new BaseCheck(ran(DIVIDES, PASSED), id -> true);

    Verdict verdict = Verdict.judge(ran(DIVIDES, PASSED), ran(DIVIDES, PASSED, ADDS, PASSED), Optional.of(onBase));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNVERIFIED);
    assertThat(verdict.evidence()).isEmpty();
  }

  @Test
  void aTestFailingOnTheBaseThatIsNotTheAgentsIsNoEvidence() {
    BaseCheck onBase = new BaseCheck(ran(ADDS, FAILED), id -> false);

    Verdict verdict = Verdict.judge(ran(ADDS, PASSED), ran(ADDS, PASSED), Optional.of(onBase));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNVERIFIED);
  }

  @Test
  void passingBeforeAndAfterIsUnverified() {
    Verdict verdict = Verdict.judge(ran(ADDS, PASSED), ran(ADDS, PASSED), Optional.empty());

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNVERIFIED);
    assertThat(verdict.reason()).isEqualTo("no test fails before the change and passes after it");
    assertThat(verdict.evidence()).isEmpty();
    assertThat(verdict.regressions()).isEmpty();
  }

  @Test
  void anAfterRunThatDidNotBuildIsNotFixedWhateverItRead() {
    Outcomes after = with(Outcomes.Status.BUILD_FAILED,
        "no test failed, but the build failed (exit code 1):\n[ERROR] App.java:[3,9] cannot find symbol",
        ADDS, PASSED);

    Verdict verdict = Verdict.judge(ran(ADDS, FAILED), after, Optional.empty());

    assertThat(verdict.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(verdict.reason()).isEqualTo("after the change, no test failed, but the build failed"
        + " (exit code 1): [ERROR] App.java:[3,9] cannot find symbol");
  }

  @Test
  void anAfterRunThatTimedOutOrCouldNotRunIsNotFixed() {
    Outcomes timedOut = with(Outcomes.Status.TIMED_OUT, "the run was stopped at its time limit", ADDS, PASSED);

    Verdict late = Verdict.judge(ran(ADDS, FAILED), timedOut, Optional.empty());
    Verdict none = Verdict.judge(ran(ADDS, FAILED), Outcomes.none("no build file was found"), Optional.empty());

    assertThat(late.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(late.reason())
        .isEqualTo("the tests did not finish after the change: the run was stopped at its time limit");
    assertThat(none.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(none.reason()).isEqualTo("no tests could run after the change: no build file was found");
  }

  @Test
  void aFailingTestSkippedAfterTheChangeIsNoEvidence() {
    Verdict verdict = Verdict.judge(ran(ADDS, FAILED, DIVIDES, PASSED), ran(ADDS, SKIPPED, DIVIDES, PASSED),
        Optional.empty());

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNVERIFIED);
    assertThat(verdict.transitions().of(Transition.FAIL_TO_PASS)).isEmpty();
  }

  @Test
  void theReasonNamesAFewTestsAndCountsTheRest() {
    Verdict verdict = Verdict.judge(ran("a", FAILED, "b", FAILED, "c", FAILED, "d", FAILED, "e", FAILED),
        ran("a", PASSED, "b", PASSED, "c", PASSED, "d", PASSED, "e", PASSED), Optional.empty());

    assertThat(verdict.reason()).isEqualTo("5 tests fail before the change and pass after it: a, b, c and 2 more");
  }

  @Test
  void aFollowUpThatBreaksNothingIsFixedAndSaysTheRule() {
    Verdict verdict = Verdict.followUp(ran(ADDS, PASSED, PARSES, FAILED), ran(ADDS, PASSED, PARSES, FAILED,
        DIVIDES, PASSED));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.FIXED);
    assertThat(verdict.reason()).isEqualTo(Verdict.FOLLOW_UP_RULE
        + " (2 tests pass after it; 1 test that failed before still fails)");
    assertThat(verdict.transitions().of(Transition.PASS_TO_PASS)).containsExactly(ADDS);
    assertThat(verdict.transitions().of(Transition.NEW_PASS)).containsExactly(DIVIDES);
  }

  @Test
  void aFollowUpThatBreaksATestThatPassedBeforeIsNotFixed() {
    Verdict broken = Verdict.followUp(ran(ADDS, PASSED, DIVIDES, PASSED), ran(ADDS, PASSED, DIVIDES, FAILED));
    Verdict newFailure = Verdict.followUp(ran(ADDS, PASSED), ran(ADDS, PASSED, ZERO, FAILED));

    assertThat(broken.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(broken.regressions()).containsExactly(DIVIDES);
    assertThat(newFailure.status()).isEqualTo(Verdict.Status.NOT_FIXED);
    assertThat(newFailure.newFailures()).containsExactly(ZERO);
  }

  @Test
  void aFollowUpWithoutABaselineIsUnverifiedAndOneWhoseBuildFailsIsNotFixed() {
    Verdict noBaseline = Verdict.followUp(Outcomes.none("the base code was not tested"), ran(ADDS, PASSED));
    Verdict buildFails = Verdict.followUp(ran(ADDS, PASSED), with(Outcomes.Status.BUILD_FAILED, "cannot compile"));

    assertThat(noBaseline.status()).isEqualTo(Verdict.Status.UNVERIFIED);
    assertThat(noBaseline.reason()).startsWith("follow-up: no baseline to compare with");
    assertThat(buildFails.status()).isEqualTo(Verdict.Status.NOT_FIXED);
  }
}
