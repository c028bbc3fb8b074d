package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.Durations;
import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.verdict.Outcomes;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between setup and the agent: the tests of the verification scope run once on the base commit, and
 * every test's outcome is kept in the run directory. A suite slower than the verification budget
 * falls back to the changed modules' tests, whose baseline verification takes itself; tests that
 * cannot run at all leave the run without a baseline, and say why.
 */
final class BaselinePhase {

  private static final int SHOWN_IDS = 3;
  private static final int TAIL_LINES = 10;
  private static final String TAIL_MARK = "--- output tail ---";
  private static final String TOOK_LONGER = " took longer than ";

  private BaselinePhase() {}

  /** The saved baseline, or a new one taken with {@code scopeTests} and saved. */
  static Baseline take(RunDirectory run, VerifyConfig verify, RunTestsTool scopeTests, Progress progress)
      throws InterruptedException {
    Optional<Baseline> saved = Baseline.load(run.baseline());
    if (saved.isPresent()) {
      return saved.get();
    }
    Baseline baseline = fresh(verify, scopeTests, progress);
    baseline.save(run.baseline());
    return baseline;
  }

  /** Forgets the saved baseline, so that the run's next setup is followed by a fresh one. */
  static void discard(RunDirectory run) {
    try {
      Files.deleteIfExists(run.baseline());
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot delete the baseline " + run.baseline() + ": "
          + e.getMessage(), e);
    }
  }

  private static Baseline fresh(VerifyConfig verify, RunTestsTool scopeTests, Progress progress)
      throws InterruptedException {
    if (verify.scope() == VerifyConfig.Scope.CHANGED_MODULES) {
      progress.line("baseline: taken at verification, on the base code of the modules the change touches");
      return Baseline.atVerification("");
    }
    progress.line("baseline: running " + verify.describe() + " on the base commit (at most "
        + Durations.format(verify.timeout()) + ")");
    long started = System.nanoTime();
    TestRun result;
    progress.phase("baseline");
    try {
      result = scopeTests.run(List.of(), verify.timeout());
    } finally {
      progress.phaseEnded();
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    Outcomes outcomes = Outcomes.of(result);
    switch (outcomes.status()) {
      case RAN -> {
        progress.line("baseline: " + describe(outcomes.byId()) + " in " + ms / 1000 + " s");
        return new Baseline(verify.scope(), outcomes, false, ms, "");
      }
      case TIMED_OUT -> {
        if (verify.scope() == VerifyConfig.Scope.SUITE) {
          String note = "the whole suite" + TOOK_LONGER + Durations.format(verify.timeout())
              + ", so verification runs the tests of the modules the change touches";
          progress.line("baseline: " + note + " (verify: timeout or scope in .fixer.yml changes this)");
          return Baseline.atVerification(note);
        }
        return none(verify, "the verification command" + TOOK_LONGER + Durations.format(verify.timeout()),
            progress);
      }
      default -> {
        String detail = outcomes.detail().isBlank() ? outputTail(result) : outcomes.detail();
        return none(verify, "the tests cannot run on the base commit"
            + (detail.isBlank() ? "" : ": " + firstLine(detail)), progress, detail);
      }
    }
  }

  private static Baseline none(VerifyConfig verify, String why, Progress progress, String... detail) {
    for (String text : detail) {
      text.strip().lines().limit(20).forEach(line -> progress.line("baseline: | " + line));
    }
    progress.line("baseline: " + why + "; the run goes on without a baseline, so every test counts as new");
    return Baseline.none(verify.scope(), why);
  }

  /**
   * Whether the tests built and ran on the base commit: yes when they ran or took too long, no when they
   * could not run, empty when the baseline is taken at verification and nothing is known yet.
   */
  static Optional<Boolean> testsBuild(Baseline baseline) {
    if (baseline.taken() || baseline.note().contains(TOOK_LONGER)) {
      return Optional.of(true);
    }
    return baseline.atVerification() ? Optional.empty() : Optional.of(false);
  }

  /** The first line of {@code detail}, without the colon that leads to the lines below it. */
  private static String firstLine(String detail) {
    String line = detail.strip().lines().findFirst().orElse("");
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }

  /** The last lines the test command printed, when the build named no error of its own. */
  private static String outputTail(TestRun result) {
    String answer = result.answer().output();
    int tail = answer.indexOf(TAIL_MARK);
    List<String> lines = (tail < 0 ? answer : answer.substring(tail + TAIL_MARK.length())).strip().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }

  /** E.g. "4 tests, 1 failing (demo.CalcTest#addsTwoNumbers)". */
  static String describe(Map<String, TestCase.Outcome> outcomes) {
    List<String> failing = outcomes.entrySet().stream().filter(e -> e.getValue() == TestCase.Outcome.FAILED)
        .map(Map.Entry::getKey).toList();
    String some = String.join(", ", failing.subList(0, Math.min(SHOWN_IDS, failing.size())))
        + (failing.size() > SHOWN_IDS ? " and " + (failing.size() - SHOWN_IDS) + " more" : "");
    return outcomes.size() + (outcomes.size() == 1 ? " test, " : " tests, ") + failing.size() + " failing"
        + (failing.isEmpty() ? "" : " (" + some + ")");
  }
}
