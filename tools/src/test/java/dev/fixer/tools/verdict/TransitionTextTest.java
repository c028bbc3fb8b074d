package dev.fixer.tools.verdict;

import static dev.fixer.tools.verdict.Fixtures.FAILED;
import static dev.fixer.tools.verdict.Fixtures.PASSED;
import static dev.fixer.tools.verdict.Fixtures.ran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionTextTest {

  @Test
  void oneLinePerKindFixesFirstPassesOnlyCounted() {
    Transitions transitions = Transitions.between(
        ran("fixed", FAILED, "broken", PASSED, "stuck", FAILED, "fine", PASSED, "gone", PASSED),
        ran("fixed", PASSED, "broken", FAILED, "stuck", FAILED, "fine", PASSED, "added", PASSED,
            "addedBroken", FAILED));

    assertThat(TransitionText.lines(transitions, 5)).containsExactly(
        "fails before, passes after: fixed",
        "passed before, fails now: broken",
        "new, failing: addedBroken",
        "already failing: stuck",
        "new, passing: added",
        "passed before, gone now: gone",
        "passing before and after: 1 test");
  }

  @Test
  void aLineNamesAtMostSoManyIdsAndCountsTheRest() {
    assertThat(TransitionText.ids(List.of("a", "b", "c", "d"), 2)).isEqualTo("a, b and 2 more");
    assertThat(TransitionText.ids(List.of("a", "b"), 2)).isEqualTo("a, b");
    assertThatThrownBy(() -> TransitionText.ids(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theVerdictsLinesAddTheTestsTheBaseCheckShowedAfterTheFailToPassOnes() {
    BaseCheck onBase = new BaseCheck(ran("changed", FAILED), "changed"::equals);

    Verdict verdict = Verdict.judge(ran("fixed", FAILED, "changed", PASSED), ran("fixed", PASSED, "changed", PASSED),
        Optional.of(onBase));

    assertThat(verdict.lines()).containsExactly(
        "fails before, passes after: fixed",
        "fails on the base code, passes after: changed",
        "passing before and after: 1 test");
  }
}
