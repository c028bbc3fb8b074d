package dev.fixer.tools.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Transitions in words, the same in the runner's output, a pull request's body and a batch summary:
 * {@code fails before, passes after: demo.CalcTest#adds, ... and 3 more}.
 */
public final class TransitionText {

  /** How many ids a line names before {@code and K more}. */
  public static final int IDS_PER_LINE = 5;

  private static final Map<Transition, String> WORDS = Map.of(
      Transition.FAIL_TO_PASS, "fails before, passes after",
      Transition.PASS_TO_FAIL, "passed before, fails now",
      Transition.NEW_FAIL, "new, failing",
      Transition.FAIL_TO_FAIL, "already failing",
      Transition.NEW_PASS, "new, passing",
      Transition.REMOVED, "passed before, gone now");
  private static final List<Transition> ORDER = List.of(Transition.FAIL_TO_PASS, Transition.PASS_TO_FAIL,
      Transition.NEW_FAIL, Transition.FAIL_TO_FAIL, Transition.NEW_PASS, Transition.REMOVED);

  private TransitionText() {}

  /**
   * One line per kind that has tests, fail→pass first, naming at most {@code maxIds} ids each; the
   * pass→pass tests only counted, on the last line.
   */
  public static List<String> lines(Transitions transitions, int maxIds) {
    List<String> lines = new ArrayList<>();
    for (Transition kind : ORDER) {
      if (!transitions.of(kind).isEmpty()) {
        lines.add(WORDS.get(kind) + ": " + ids(transitions.of(kind), maxIds));
      }
    }
    int unchanged = transitions.of(Transition.PASS_TO_PASS).size();
    if (unchanged > 0) {
      lines.add("passing before and after: " + unchanged + (unchanged == 1 ? " test" : " tests"));
    }
    return lines;
  }

  /**
   * The lines of {@link #lines(Transitions, int)}, with the verdict's evidence from the base check
   * (tests that are not fail→pass) on a line after the fail→pass one.
   */
  public static List<String> lines(Verdict verdict, int maxIds) {
    List<String> lines = lines(verdict.transitions(), maxIds);
    List<String> onBase = verdict.evidence().stream()
        .filter(id -> !verdict.transitions().of(Transition.FAIL_TO_PASS).contains(id))
        .toList();
    if (!onBase.isEmpty()) {
      int at = verdict.transitions().of(Transition.FAIL_TO_PASS).isEmpty() ? 0 : 1;
      lines.add(at, "fails on the base code, passes after: " + ids(onBase, maxIds));
    }
    return lines;
  }

  /** {@code a, b, c and 2 more}: at most {@code max} of {@code ids}, and how many more there are. */
  public static String ids(List<String> ids, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a line names at least one id, asked for " + max);
    }
    String named = String.join(", ", ids.subList(0, Math.min(max, ids.size())));
    return ids.size() > max ? named + " and " + (ids.size() - max) + " more" : named;
  }
}
