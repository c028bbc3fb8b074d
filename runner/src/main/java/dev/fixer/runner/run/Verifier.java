package dev.fixer.runner.run;

import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.runner.git.FileChange;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.verdict.TestFiles;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestSelection;
import dev.fixer.tools.verdict.BaseCheck;
import dev.fixer.tools.verdict.Outcomes;
import dev.fixer.tools.verdict.Transition;
import dev.fixer.tools.verdict.Transitions;
import dev.fixer.tools.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Verification after the agent stops: the baseline's scope and the tests the agent ran, on the
 * changed code, compared test by test with the baseline ({@link Verdict#judge}). Where no test went
 * from failing to passing, the agent's new or changed tests run once more on the code before its
 * change (its other changes set aside for that run), to see whether they fail there.
 */
final class Verifier {

  /**
   * What verification works with.
   *
   * @param followUp whether the change follows up on a branch that already holds a fix, and is judged by
   *     {@link Verdict#followUp}
   */
  record Inputs(WorkCopy copy, Path stash, RunTestsTool tests, RunTestsTool scopeTests, VerifyConfig verify,
      Progress progress, boolean followUp) {}

  private Verifier() {}

  /**
   * @param changes what the commit would hold
   * @param agentTests the tests the agent named in {@code run_tests}; empty when it ran the whole suite or none
   */
  static Verification verify(Inputs in, Baseline baseline, List<FileChange> changes, List<String> agentTests)
      throws InterruptedException {
    in.progress().phase("verification");
    try {
      return verifyAll(in, baseline, changes, agentTests);
    } finally {
      in.progress().phaseEnded();
    }
  }

  private static Verification verifyAll(Inputs in, Baseline baseline, List<FileChange> changes,
      List<String> agentTests) throws InterruptedException {
    long started = System.nanoTime();
    List<String> paths = changes.stream().map(FileChange::path).toList();
    Outcomes before = baseline.outcomes();
    if (baseline.atVerification()) {
      in.progress().line("verifying: the tests of the changed modules on the code before the change");
      Outcomes onBase = in.copy().withBaseVersions(changes, in.stash(),
          () -> Outcomes.of(in.tests().runChangedModules(paths, in.verify().timeout())));
      before = onBase.status() == Outcomes.Status.RAN ? onBase
          : Outcomes.none("the tests of the changed modules cannot run on the code before the change");
    }
    String scope = scope(baseline, agentTests);
    in.progress().line("verifying: " + scope);
    List<TestRun> runs = new ArrayList<>();
    runs.add(switch (baseline.scope()) {
      case SUITE -> in.tests().run(List.of(), in.verify().timeout());
      case CHANGED_MODULES -> in.tests().runChangedModules(paths, in.verify().timeout());
      case COMMAND -> in.scopeTests().run(List.of(), in.verify().timeout());
    });
    if (baseline.scope() != VerifyConfig.Scope.SUITE && !agentTests.isEmpty()) {
      runs.add(in.tests().run(agentTests, in.verify().timeout()));
    }
    Outcomes after = combined(runs);
    Optional<BaseCheck> check = Optional.empty();
    if (!in.followUp() && Transitions.between(before, after).of(Transition.FAIL_TO_PASS).isEmpty()) {
      check = baseCheck(in, changes, agentTests, before);
    }
    Verdict verdict = in.followUp() ? Verdict.followUp(before, after) : Verdict.judge(before, after, check);
    in.progress().line("verified: " + verdict.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ": " + verdict.reason());
    return new Verification(verdict, before, baseline.note(), scope, runs, check.map(BaseCheck::onBase),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static String scope(Baseline baseline, List<String> agentTests) {
    String tests = agentTests.isEmpty() ? "" : " and the tests the agent ran (" + String.join(", ", agentTests) + ")";
    return switch (baseline.scope()) {
      case SUITE -> "the whole test suite";
      case CHANGED_MODULES -> "the tests of the changed modules" + tests;
      case COMMAND -> "the verification command" + tests;
    };
  }

  /** The agent's new or changed tests on the code before its change, when it changed both tests and code. */
  private static Optional<BaseCheck> baseCheck(Inputs in, List<FileChange> changes, List<String> agentTests,
      Outcomes before) throws InterruptedException {
    List<String> testFiles = changes.stream().filter(c -> c.kind() != FileChange.Kind.DELETED)
        .map(FileChange::path).filter(TestFiles::isTest).toList();
    List<FileChange> code = changes.stream().filter(c -> !TestFiles.isTest(c.path())).toList();
    if (testFiles.isEmpty() || code.isEmpty()) {
      return Optional.empty();
    }
    Optional<TestSelection> selection = in.tests().testsIn(testFiles);
    List<String> names = selection.map(TestSelection::names).orElse(agentTests);
    Predicate<String> covers = selection.map(TestSelection::covers).orElse(id -> !before.byId().containsKey(id));
    in.progress().line("verifying: the agent's tests (" + String.join(", ", testFiles) + ") on the code before its"
        + " change, with its " + code.size() + (code.size() == 1 ? " other file" : " other files") + " set aside");
    Outcomes onBase = in.copy().withBaseVersions(code, in.stash(),
        () -> Outcomes.of(in.tests().run(names, in.verify().timeout())));
    return Optional.of(new BaseCheck(onBase, covers));
  }

  private static Outcomes combined(List<TestRun> runs) {
    Outcomes all = Outcomes.of(runs.get(0));
    for (TestRun run : runs.subList(1, runs.size())) {
      all = all.plus(Outcomes.of(run));
    }
    return all;
  }
}
