package dev.fixer.bench;

import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.Setup;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.Workspace;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.build.TestSelection;
import dev.fixer.tools.verdict.BaseCheck;
import dev.fixer.tools.verdict.Outcomes;
import dev.fixer.tools.verdict.Transition;
import dev.fixer.tools.verdict.Transitions;
import dev.fixer.tools.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One repetition of what a run adds for verification, on fresh copies of the calc fixture in one
 * sandbox, with the calls the runner makes (BaselinePhase, Verifier): the plain suite for reference,
 * the baseline, verification of a fix that turns a test fail→pass, and verification of a fix whose only
 * evidence is a new test, checked on the base code. Each copy is set up first, untimed.
 */
final class VerificationBench {

  private static final Duration LIMIT = Duration.ofMinutes(10);

  /** A timed step in nanoseconds: all of it, and its pure logic (outcomes, transitions, base check, verdict). */
  record Timed(long nanos, long logicNanos) {}

  /**
   * One repetition.
   *
   * @param baselineWriteNanos the part of {@code baseline} spent writing baseline.json, synced
   * @param withEvidence verification right after the fix, which Maven then compiles
   * @param withEvidenceCompiled the same verification once more, the fix compiled: as after the agent's
   *     own run_tests
   * @param baseCheckNanos the part of {@code withBaseCheck} spent on the base check: Calc.java set
   *     aside, the new test class run, Calc.java put back
   */
  record Rep(Timed plain, Timed baseline, long baselineWriteNanos, Timed withEvidence, Timed withEvidenceCompiled,
      Timed withBaseCheck, long baseCheckNanos) {}

  private record Baselined(Outcomes outcomes, Timed timed, long writeNanos) {}

  private record Checked(Timed timed, long baseCheckNanos) {}

  private VerificationBench() {}

  /**
   * @param plainFirst whether the plain run comes before the baseline (alternate it, so that the order
   *     favours neither)
   */
  static Rep once(ToolsBench.Kind kind, CalcFixture calc, Path dir, Path cache, boolean plainFirst)
      throws IOException, InterruptedException {
    Path fixed = calc.copy(dir.resolve("with-evidence"));
    Timed plain;
    Baselined baseline;
    Timed withEvidence;
    Timed withEvidenceCompiled;
    try (Sandbox sandbox = kind.factory().apply(SandboxConfig.of(fixed, cache))) {
      RunTestsTool tests = setUp(fixed, sandbox, kind);
      plain = plainFirst ? plain(tests) : null;
      baseline = baseline(tests, dir.resolve("baseline.json"), 4, 1);
      plain = plainFirst ? plain : plain(tests);
      CalcFixture.fix(fixed);
      withEvidence = verifyWithEvidence(tests, baseline.outcomes());
      withEvidenceCompiled = verifyWithEvidence(tests, baseline.outcomes());
    }
    Path checked = calc.copyWithNoFailingTest(dir.resolve("with-base-check"));
    try (Sandbox sandbox = kind.factory().apply(SandboxConfig.of(checked, cache))) {
      RunTestsTool tests = setUp(checked, sandbox, kind);
      Outcomes before = baseline(tests, dir.resolve("baseline-no-failing.json"), 3, 0).outcomes();
      CalcFixture.fix(checked);
      CalcFixture.addTest(checked);
      Checked withBaseCheck = verifyWithBaseCheck(tests, before, checked, calc.baseCalc());
      return new Rep(plain, baseline.timed(), baseline.writeNanos(), withEvidence, withEvidenceCompiled,
          withBaseCheck.timed(), withBaseCheck.baseCheckNanos());
    }
  }

  private static RunTestsTool setUp(Path root, Sandbox sandbox, ToolsBench.Kind kind) throws InterruptedException {
    Workspace workspace = Workspace.at(root, sandbox.workdir());
    SetupResult setup = Setup.run(workspace, sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);
    if (!setup.succeeded()) {
      throw new IllegalStateException("the calc fixture's setup failed in " + kind.name() + ":\n" + setup.outputTail());
    }
    return new RunTestsTool(workspace, sandbox, Optional.empty());
  }

  private static Timed plain(RunTestsTool tests) throws InterruptedException {
    long start = System.nanoTime();
    TestRun run = tests.run(List.of(), LIMIT);
    long nanos = System.nanoTime() - start;
    if (run.report().map(r -> r.run() != 4).orElse(true)) {
      throw new IllegalStateException("the plain run of the calc fixture did not report its 4 tests: " + run.answer());
    }
    return new Timed(nanos, 0);
  }

  /** BaselinePhase's work: the suite on the base code, its outcomes, written as baseline.json. */
  private static Baselined baseline(RunTestsTool tests, Path file, int count, int failing)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    TestRun run = tests.run(List.of(), LIMIT);
    long logic = System.nanoTime();
    Outcomes outcomes = Outcomes.of(run);
    long write = System.nanoTime();
    new BaselineFile("SUITE", outcomes, false, (logic - start) / 1_000_000, "").save(file);
    long end = System.nanoTime();
    long failed = outcomes.byId().values().stream().filter(o -> o == TestCase.Outcome.FAILED).count();
    if (outcomes.status() != Outcomes.Status.RAN || outcomes.byId().size() != count || failed != failing) {
      throw new IllegalStateException("the baseline should have " + count + " tests, " + failing + " failing, but it"
          + " is " + outcomes.status() + " " + outcomes.byId());
    }
    return new Baselined(outcomes, new Timed(end - start, write - logic), end - write);
  }

  /** Verifier's work when a test goes fail→pass: the suite on the changed code, transitions, verdict. */
  private static Timed verifyWithEvidence(RunTestsTool tests, Outcomes before) throws InterruptedException {
    long start = System.nanoTime();
    TestRun run = tests.run(List.of(), LIMIT);
    long logic = System.nanoTime();
    Outcomes after = Outcomes.of(run);
    if (Transitions.between(before, after).of(Transition.FAIL_TO_PASS).isEmpty()) {
      throw new IllegalStateException("the fix should turn " + CalcFixture.ADD_TEST + " fail→pass: " + after.byId());
    }
    Verdict verdict = Verdict.judge(before, after, Optional.empty());
    long end = System.nanoTime();
    expectFixed(verdict, CalcFixture.ADD_TEST);
    return new Timed(end - start, end - logic);
  }

  /**
   * Verifier's work when no test goes fail→pass: the suite on the changed code, then the new test
   * class on the base code (Calc.java's base version copied over it, the fix put back after), verdict.
   */
  private static Checked verifyWithBaseCheck(RunTestsTool tests, Outcomes before, Path root, byte[] baseCalc)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    TestRun run = tests.run(List.of(), LIMIT);
    long logicStart = System.nanoTime();
    Outcomes after = Outcomes.of(run);
    boolean evidence = !Transitions.between(before, after).of(Transition.FAIL_TO_PASS).isEmpty();
    long logic = System.nanoTime() - logicStart;
    if (evidence) {
      throw new IllegalStateException("with no failing test at base, no test should go fail→pass: " + after.byId());
    }
    long checkStart = System.nanoTime();
    TestSelection selection = tests.testsIn(List.of(CalcFixture.NEW_TEST)).orElseThrow(
        () -> new IllegalStateException("run_tests cannot name the tests of " + CalcFixture.NEW_TEST));
    Path calc = root.resolve(CalcFixture.CALC);
    byte[] changed = Files.readAllBytes(calc);
    TestRun onBaseRun;
    Files.write(calc, baseCalc);
    try {
      onBaseRun = tests.run(selection.names(), LIMIT);
    } finally {
      Files.write(calc, changed);
    }
    long checkEnd = System.nanoTime();
    Outcomes onBase = Outcomes.of(onBaseRun);
    Verdict verdict = Verdict.judge(before, after, Optional.of(new BaseCheck(onBase, selection.covers())));
    long end = System.nanoTime();
    logic += end - checkEnd;
    expectFixed(verdict, CalcFixture.NEW_TEST_ID);
    return new Checked(new Timed(end - start, logic), checkEnd - checkStart);
  }

  private static void expectFixed(Verdict verdict, String evidence) {
    if (verdict.status() != Verdict.Status.FIXED || !verdict.evidence().equals(List.of(evidence))) {
      throw new IllegalStateException("expected FIXED with evidence " + evidence + ", got " + verdict.status()
          + ": " + verdict.reason());
    }
  }
}
