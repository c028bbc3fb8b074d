package dev.fixer.tools.verdict;

import dev.fixer.tools.build.TestCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every test of the after-run (and every baseline pass that vanished), sorted into transitions.
 *
 * @param byKind the test ids of each kind, every kind present, in the after-run's order (vanished
 *     passes in the baseline's)
 */
public record Transitions(Map<Transition, List<String>> byKind) {

  public Transitions {
    Map<Transition, List<String>> all = new EnumMap<>(Transition.class);
    for (Transition kind : Transition.values()) {
      all.put(kind, List.copyOf(byKind.getOrDefault(kind, List.of())));
    }
    byKind = Collections.unmodifiableMap(all);
  }

  /**
   * The transitions from {@code baseline} to {@code after}. A baseline that did not run (status
   * {@code NOT_RUN}, no baseline) makes every test new. A skipped test counts as absent.
   */
  public static Transitions between(Outcomes baseline, Outcomes after) {
    Map<String, TestCase.Outcome> before = baseline.status() == Outcomes.Status.NOT_RUN ? Map.of() : baseline.byId();
    Map<Transition, List<String>> byKind = new EnumMap<>(Transition.class);
    after.byId().forEach((id, outcome) -> {
      if (outcome != TestCase.Outcome.SKIPPED) {
        byKind.computeIfAbsent(kind(before.get(id), outcome), k -> new ArrayList<>()).add(id);
      }
    });
    before.forEach((id, outcome) -> {
      if (outcome == TestCase.Outcome.PASSED && after.byId().getOrDefault(id, TestCase.Outcome.SKIPPED)
          == TestCase.Outcome.SKIPPED) {
        byKind.computeIfAbsent(Transition.REMOVED, k -> new ArrayList<>()).add(id);
      }
    });
    return new Transitions(byKind);
  }

  /** The test ids of {@code kind}, possibly none. */
  public List<String> of(Transition kind) {
    return byKind.get(kind);
  }

  private static Transition kind(TestCase.Outcome before, TestCase.Outcome after) {
    boolean passes = after == TestCase.Outcome.PASSED;
    if (before == null || before == TestCase.Outcome.SKIPPED) {
      return passes ? Transition.NEW_PASS : Transition.NEW_FAIL;
    }
    if (before == TestCase.Outcome.PASSED) {
      return passes ? Transition.PASS_TO_PASS : Transition.PASS_TO_FAIL;
    }
    return passes ? Transition.FAIL_TO_PASS : Transition.FAIL_TO_FAIL;
  }
}
