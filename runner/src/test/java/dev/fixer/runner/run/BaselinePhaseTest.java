package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.text.Redactor;
import dev.fixer.runner.config.VerifyConfig;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.Workspace;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.verdict.Outcomes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline with real processes: a configured test command in the local sandbox. */
class BaselinePhaseTest {

  private static final VerifyConfig SUITE = new VerifyConfig(VerifyConfig.Scope.SUITE, null, Duration.ofMinutes(1));

  @TempDir
  Path temp;

  private final StringWriter console = new StringWriter();
  private Progress progress;
  private Sandbox sandbox;
  private Workspace workspace;
  private RunDirectory run;

  @BeforeEach
  void sandbox() throws Exception {
    Path work = Files.createDirectories(temp.resolve("work"));
    sandbox = LocalSandbox.create(SandboxConfig.of(work, Files.createDirectories(temp.resolve("home"))));
    workspace = Workspace.at(work.toRealPath(), sandbox.workdir());
    run = new RunDirectory(temp.resolve("run"));
    progress = new Progress(new PrintWriter(console, true), false, Redactor.of(java.util.List.of()), () -> 0L);
  }

  @AfterEach
  void close() {
    sandbox.close();
  }

  private RunTestsTool tests(String command) {
    return new RunTestsTool(workspace, sandbox, Optional.of(command));
  }

  @Test
  void recordsEveryTestsOutcomeOnTheBaseCommitAndSaysWhichFail() throws Exception {
    Baseline baseline = BaselinePhase.take(run, SUITE, tests("printf '%s\\n' 'PASSED t.py::a'"
        + " 'FAILED t.py::b - assert 1 == 2' '==== 1 failed, 1 passed in 0.01s ===='; exit 1"), progress);

    assertThat(baseline.outcomes().status()).isEqualTo(Outcomes.Status.RAN);
    assertThat(baseline.outcomes().byId()).containsExactly(Map.entry("t.py::a", TestCase.Outcome.PASSED),
        Map.entry("t.py::b", TestCase.Outcome.FAILED));
    assertThat(console.toString()).contains("baseline: 2 tests, 1 failing (t.py::b) in ");
    assertThat(Baseline.load(run.baseline())).contains(baseline);
  }

  @Test
  void aSavedBaselineIsReusedWithoutRunningTheTestsAgain() throws Exception {
    String counting = "echo run >> " + temp.resolve("runs") + "; printf '%s\\n' 'PASSED t.py::a'"
        + " '==== 1 passed in 0.01s ===='";
    Baseline first = BaselinePhase.take(run, SUITE, tests(counting), progress);

    Baseline again = BaselinePhase.take(run, SUITE, tests(counting), progress);

    assertThat(again).isEqualTo(first);
    assertThat(Files.readAllLines(temp.resolve("runs"))).hasSize(1);
  }

  @Test
  void aSuiteSlowerThanItsBudgetFallsBackToTheChangedModules() throws Exception {
    VerifyConfig quick = new VerifyConfig(VerifyConfig.Scope.SUITE, null, Duration.ofSeconds(1));

    Baseline baseline = BaselinePhase.take(run, quick, tests("sleep 20"), progress);

    assertThat(baseline.atVerification()).isTrue();
    assertThat(baseline.scope()).isEqualTo(VerifyConfig.Scope.CHANGED_MODULES);
    assertThat(console.toString()).contains("baseline: the whole suite took longer than 1s, so verification runs"
        + " the tests of the modules the change touches");
  }

  @Test
  void testsThatCannotRunOnTheBaseCommitLeaveTheRunWithoutABaselineAndShowWhy() throws Exception {
    Baseline baseline = BaselinePhase.take(run, SUITE, tests("echo 'error: Calc.java:3: missing ;'; exit 2"),
        progress);

    assertThat(baseline.taken()).isFalse();
    assertThat(baseline.note()).startsWith("the tests cannot run on the base commit");
    assertThat(console.toString()).contains("baseline: | error: Calc.java:3: missing ;")
        .contains("the run goes on without a baseline, so every test counts as new");
  }
}
