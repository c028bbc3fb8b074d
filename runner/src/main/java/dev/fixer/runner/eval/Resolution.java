package dev.fixer.runner.eval;

import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.verdict.Outcomes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * SWE-bench's reading of one test run: a test passes only if it ran and passed (skipped is not
 * passed); an id that names no test that ran counts as failed, and is missing; the instance is
 * resolved when every FAIL_TO_PASS and every PASS_TO_PASS test passes.
 */
final class Resolution {

  private static final int SHOWN = 5;

  private Resolution() {}

  /** Every test of {@code instance}, FAIL_TO_PASS first, each once. */
  static List<String> testsOf(Instance instance) {
    LinkedHashSet<String> all = new LinkedHashSet<>(instance.failToPass());
    all.addAll(instance.passToPass());
    return List.copyOf(all);
  }

  /**
   * The score of {@code instance} from {@code outcomes}; a warning line for each missing id, or one
   * when no test reported at all.
   */
  static ScoreRecord of(Instance instance, String patch, String predictions, Outcomes outcomes, long wallMs,
      long testMs, Consumer<String> warnings) {
    List<String> missing = new ArrayList<>();
    List<List<String>> f2p = split(instance.failToPass(), outcomes, missing);
    List<List<String>> p2p = split(instance.passToPass(), outcomes, missing);
    List<String> distinctMissing = List.copyOf(new LinkedHashSet<>(missing));
    if (outcomes.byId().isEmpty()) {
      warnings.accept("no test reported a result: " + firstLine(outcomes.detail()));
      return new ScoreRecord(instance.instanceId(), ScoreRecord.UNRESOLVED, noResults(outcomes), patch, f2p.get(0),
          f2p.get(1), p2p.get(0), p2p.get(1), distinctMissing, predictions, wallMs, testMs);
    }
    distinctMissing.forEach(id -> warnings.accept(id + " names no test that ran; it counts as failed"));
    boolean resolved = f2p.get(1).isEmpty() && p2p.get(1).isEmpty();
    String reason = resolved ? "" : failures("FAIL_TO_PASS", f2p.get(1)) + failures("PASS_TO_PASS", p2p.get(1));
    return new ScoreRecord(instance.instanceId(), resolved ? ScoreRecord.RESOLVED : ScoreRecord.UNRESOLVED,
        reason.replaceFirst("; $", ""), patch, f2p.get(0), f2p.get(1), p2p.get(0), p2p.get(1), distinctMissing,
        predictions, wallMs, testMs);
  }

  /** Unresolved without a test run, e.g. because the model patch does not apply: every test failed. */
  static ScoreRecord notRun(Instance instance, String reason, String patch, String predictions, long wallMs) {
    return new ScoreRecord(instance.instanceId(), ScoreRecord.UNRESOLVED, reason, patch, List.of(),
        instance.failToPass(), List.of(), instance.passToPass(), List.of(), predictions, wallMs, 0);
  }

  /** [passed, failed], adding to {@code missing} the ids no test reported. */
  private static List<List<String>> split(List<String> ids, Outcomes outcomes, List<String> missing) {
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (String id : ids) {
      TestCase.Outcome outcome = outcomes.byId().get(id);
      if (outcome == TestCase.Outcome.PASSED) {
        passed.add(id);
      } else {
        failed.add(id);
        if (outcome == null) {
          missing.add(id);
        }
      }
    }
    return List.of(passed, failed);
  }

  private static String noResults(Outcomes outcomes) {
    String detail = outcomes.detail().strip().lines().map(String::strip).filter(line -> !line.isEmpty()).limit(3)
        .collect(Collectors.joining(" | "));
    return switch (outcomes.status()) {
      case TIMED_OUT -> "the tests were stopped at their time limit before any reported";
      case BUILD_FAILED -> "the tests did not run, the build failed" + (detail.isEmpty() ? "" : ": " + detail);
      default -> "no test results could be read" + (detail.isEmpty() ? "" : ": " + detail);
    };
  }

  private static String failures(String list, List<String> failed) {
    if (failed.isEmpty()) {
      return "";
    }
    String shown = String.join(", ", failed.subList(0, Math.min(SHOWN, failed.size())))
        + (failed.size() > SHOWN ? " and " + (failed.size() - SHOWN) + " more" : "");
    return list + " failed: " + shown + "; ";
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }
}
