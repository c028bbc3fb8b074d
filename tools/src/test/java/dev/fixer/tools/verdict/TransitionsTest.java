package dev.fixer.tools.verdict;

import static dev.fixer.tools.verdict.Fixtures.FAILED;
import static dev.fixer.tools.verdict.Fixtures.PASSED;
import static dev.fixer.tools.verdict.Fixtures.SKIPPED;
import static dev.fixer.tools.verdict.Fixtures.ran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionsTest {

  @Test
  void sortsEveryTestOfTheAfterRunByWhatItDidBefore() {
    Outcomes before = ran("fixed", FAILED, "broken", PASSED, "stuck", FAILED, "fine", PASSED);
    Outcomes after = ran("fine", PASSED, "fixed", PASSED, "broken", FAILED, "stuck", FAILED,
        "added", PASSED, "addedBroken", FAILED);

    Transitions transitions = Transitions.between(before, after);

    assertThat(transitions.byKind()).containsExactly(
        entry(Transition.FAIL_TO_PASS, List.of("fixed")),
        entry(Transition.PASS_TO_FAIL, List.of("broken")),
        entry(Transition.FAIL_TO_FAIL, List.of("stuck")),
        entry(Transition.PASS_TO_PASS, List.of("fine")),
        entry(Transition.NEW_PASS, List.of("added")),
        entry(Transition.NEW_FAIL, List.of("addedBroken")),
        entry(Transition.REMOVED, List.of()));
  }

  @Test
  void aBaselinePassThatVanishedIsRemovedAndAVanishedFailureIsNotListed() {
    Outcomes before = ran("kept", PASSED, "deleted", PASSED, "deletedFailing", FAILED);

    Transitions transitions = Transitions.between(before, ran("kept", PASSED));

    assertThat(transitions.of(Transition.REMOVED)).containsExactly("deleted");
    assertThat(transitions.of(Transition.PASS_TO_PASS)).containsExactly("kept");
    assertThat(transitions.byKind().values().stream().flatMap(List::stream)).doesNotContain("deletedFailing");
  }

  @Test
  void withoutABaselineEveryTestIsNew() {
    Transitions transitions = Transitions.between(Outcomes.none("no baseline was run"), ran("a", PASSED, "b", FAILED));

    assertThat(transitions.of(Transition.NEW_PASS)).containsExactly("a");
    assertThat(transitions.of(Transition.NEW_FAIL)).containsExactly("b");
    assertThat(transitions.of(Transition.REMOVED)).isEmpty();
  }

  @Test
  void aSkippedTestCountsAsAbsentOnEitherSide() {
    Outcomes before = ran("wasSkipped", SKIPPED, "nowSkipped", PASSED, "bothSkipped", SKIPPED);
    Outcomes after = ran("wasSkipped", FAILED, "nowSkipped", SKIPPED, "bothSkipped", SKIPPED);

    Transitions transitions = Transitions.between(before, after);

    assertThat(transitions.of(Transition.NEW_FAIL)).containsExactly("wasSkipped");
    assertThat(transitions.of(Transition.REMOVED)).containsExactly("nowSkipped");
    assertThat(transitions.of(Transition.PASS_TO_FAIL)).isEmpty();
    assertThat(transitions.byKind().values().stream().flatMap(List::stream)).doesNotContain("bothSkipped");
  }

  @Test
  void everyKindIsPresentAndItsListCannotBeChanged() {
    Transitions transitions = new Transitions(Map.of(Transition.NEW_PASS, List.of("a")));

    assertThat(transitions.byKind()).containsOnlyKeys(Transition.values());
    assertThat(transitions.of(Transition.FAIL_TO_PASS)).isEmpty();
    assertThat(transitions.of(Transition.NEW_PASS)).isUnmodifiable();
  }

  @Test
  void eachKindHasItsArrow() {
    assertThat(Transition.FAIL_TO_PASS.label()).isEqualTo("fail→pass");
    assertThat(Transition.REMOVED.label()).isEqualTo("pass→gone");
  }
}
