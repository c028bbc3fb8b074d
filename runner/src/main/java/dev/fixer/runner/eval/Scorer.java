package dev.fixer.runner.eval;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.run.TestBench;
import dev.fixer.sandbox.SandboxException;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.Setup;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.verdict.Outcomes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Scores one instance as SWE-bench does: the repository at the base commit, the model patch, then the
 * test patch (its files reset to the base first, so the dataset's tests win over the model's edits),
 * setup in a sandbox, the FAIL_TO_PASS and PASS_TO_PASS tests run by name, and each test's outcome
 * read ({@link Resolution}). An instance's own problems end in its record, never in an exception:
 * a model patch that does not apply or breaks the build is {@code unresolved}; a repository that
 * cannot be had, a missing base commit, a test patch that does not apply, a sandbox that fails, or
 * tests that cannot run at all are {@code error}. Writes what the commands printed to
 * {@code score-log.txt} beside the scoring checkout, but not {@code score.json}.
 */
public final class Scorer {

  private final Map<String, String> env;
  private final SandboxChoice sandbox;
  private final RepoSources sources;
  private final Consumer<String> progress;
  private final Duration setupTimeout;
  private final Duration testTimeout;

  /**
   * @param env where fixer's home and a Docker engine are
   * @param progress one line per step, e.g. setup and a missing test id; called from the scoring thread
   */
  public Scorer(Map<String, String> env, SandboxChoice sandbox, RepoSources sources, Consumer<String> progress) {
    this(env, sandbox, sources, progress, Setup.DEFAULT_TIMEOUT, RunTestsTool.DEFAULT_TIMEOUT);
  }

  private Scorer(Map<String, String> env, SandboxChoice sandbox, RepoSources sources, Consumer<String> progress,
      Duration setupTimeout, Duration testTimeout) {
    this.env = Map.copyOf(env);
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.setupTimeout = setupTimeout;
    this.testTimeout = testTimeout;
  }

  /** The same scorer with these limits on setup and on the test run. */
  public Scorer withTimeouts(Duration setup, Duration tests) {
    return new Scorer(env, sandbox, sources, progress, setup, tests);
  }

  /**
   * Scores {@code modelPatch} on {@code instance} in {@code dir.scoreCheckout(id)}, replacing what a
   * previous scoring left there.
   *
   * @param modelPatch a unified diff; blank for none ({@code patch: empty}), whose tests still run
   * @param predictionsSource where the patch came from, for the record: {@code gold}, {@code empty}, a file
   * @throws InterruptedException if the thread is interrupted; the sandbox is stopped first
   */
  public ScoreRecord score(Instance instance, String modelPatch, String predictionsSource, EvalDir dir)
      throws InterruptedException {
    long started = System.nanoTime();
    String id = instance.instanceId();
    String patch = modelPatch.isBlank() ? "empty" : "applied";
    Path checkout = dir.scoreCheckout(id);
    Path log = checkout.resolveSibling("score-log.txt");
    try {
      Files.deleteIfExists(log);
      Checkouts.at(sources.local(instance.repo()), instance.repo(), instance.baseCommit(), checkout);
      if (!modelPatch.isBlank()) {
        try {
          Patches.apply(checkout, modelPatch);
        } catch (Patches.Rejected e) {
          say(id, "the model patch does not apply: " + e.getMessage());
          return Resolution.notRun(instance, "the model patch does not apply: " + e.getMessage(), "did_not_apply",
              predictionsSource, millisSince(started));
        }
      }
      applyTestPatch(checkout, instance.testPatch());
      return runTests(instance, patch, predictionsSource, checkout, log, started);
    } catch (InstanceError e) {
      say(id, "error: " + e.getMessage());
      return ScoreRecord.error(id, e.getMessage(), patch, predictionsSource, millisSince(started));
    } catch (FixerException | SandboxException e) {
      say(id, "error: " + e.getMessage());
      return ScoreRecord.error(id, "the sandbox failed: " + e.getMessage(), patch, predictionsSource,
          millisSince(started));
    } catch (IOException e) {
      return ScoreRecord.error(id, "cannot write " + log + ": " + TextFiles.reason(e), patch, predictionsSource,
          millisSince(started));
    }
  }

  /** Puts the files of the test patch back as at the base commit, then applies it. */
  private static void applyTestPatch(Path checkout, String testPatch) {
    if (testPatch.isBlank()) {
      return;
    }
    try {
      Patches.resetToHead(checkout, Patches.paths(testPatch));
      Patches.apply(checkout, testPatch);
    } catch (Patches.Rejected e) {
      throw new InstanceError("the test patch does not apply: " + e.getMessage());
    } catch (IOException e) {
      throw new InstanceError("the test patch does not apply: " + e.getMessage(), e);
    }
  }

  private ScoreRecord runTests(Instance instance, String patch, String predictionsSource, Path checkout, Path log,
      long started) throws InterruptedException, IOException {
    String id = instance.instanceId();
    TestBench.Spec spec = new TestBench.Spec(checkout, env, sandbox, instance.setupGiven(),
        instance.testCommandGiven(), setupTimeout, line -> say(id, line));
    try (TestBench bench = TestBench.open(spec)) {
      long testsStarted = System.nanoTime();
      Outcomes outcomes;
      try {
        outcomes = Outcomes.of(testRun(bench, id, Resolution.testsOf(instance)));
      } finally {
        Files.writeString(log, bench.transcript());
      }
      long testMs = millisSince(testsStarted);
      if (outcomes.status() == Outcomes.Status.NOT_RUN) {
        throw new InstanceError("no test could run: " + outcomes.detail());
      }
      ScoreRecord record = Resolution.of(instance, patch, predictionsSource, outcomes, millisSince(started), testMs,
          warning -> say(id, "warning: " + warning));
      say(id, record.status() + (record.reason().isEmpty() ? "" : ": " + record.reason()));
      return record;
    }
  }

  /** The named tests; the whole suite when the build cannot run them by name, or they report nothing. */
  private TestRun testRun(TestBench bench, String id, List<String> tests) throws InterruptedException {
    say(id, "tests: " + tests.size() + " by name");
    TestRun named = bench.run(tests, testTimeout);
    if (named.timedOut() || (named.ran() && named.report().filter(report -> !report.outcomes().isEmpty()).isPresent())) {
      return named;
    }
    String why = named.ran() ? "no test reported a result" : named.answer().output().replaceFirst("^run_tests: ", "");
    say(id, "tests: the build cannot run them by name (" + why.strip().lines().findFirst().orElse("")
        + "); running the whole suite");
    return bench.run(List.of(), testTimeout);
  }

  private void say(String id, String line) {
    progress.accept("score " + id + ": " + line);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
