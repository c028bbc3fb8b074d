package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring end to end: real repositories ({@link EvalFixtures}), real patches, Maven and pytest run in
 * bubblewrap. Maven's dependencies are fetched by setup into the sandbox cache VerificationIT shares.
 */
class ScorerIT {

  private static final Path FIXER_HOME = Path.of("target", "it-fixer-home").toAbsolutePath();

  @TempDir
  Path temp;

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private EvalDir dir;
  private Scorer scorer;

  @BeforeEach
  void scorer() throws Exception {
    Sandboxes.assumeBubblewrap();
    dir = new EvalDir(temp.resolve("eval"));
    Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "HOME", System.getProperty("user.home"),
        "FIXER_HOME", FIXER_HOME.toString());
    RepoSources sources = new RepoSources(Optional.of(temp.resolve("cache")), dir.repos(), "https://127.0.0.1:9",
        Optional.empty());
    scorer = new Scorer(env, SandboxChoice.BWRAP, sources, lines::add);
  }

  private ScoreRecord score(EvalFixtures.Fixture fixture, String patch) throws InterruptedException {
    return scorer.score(fixture.instance(), patch, "predictions.jsonl", dir);
  }

  @Test
  void mavenGoldPatchResolves() throws Exception {
    EvalFixtures.Fixture maven = EvalFixtures.maven(temp.resolve("cache"));

    ScoreRecord record = score(maven, maven.instance().patch());

    assertThat(record.status()).as("%s; progress:\n%s", record, String.join("\n", lines))
        .isEqualTo(ScoreRecord.RESOLVED);
    assertThat(record.patch()).isEqualTo("applied");
    assertThat(record.failToPassPassed()).containsExactly(EvalFixtures.MAVEN_F2P);
    assertThat(record.passToPassPassed()).hasSize(3);
    assertThat(record.missing()).isEmpty();
    assertThat(record.testMs()).isPositive();
    assertThat(dir.instance("demo__calc-1").resolve("score-log.txt")).content().contains("Tests run");
  }

  @Test
  void mavenEmptyPatchLeavesTheFailToPassTestFailing() throws Exception {
    EvalFixtures.Fixture maven = EvalFixtures.maven(temp.resolve("cache"));

    ScoreRecord record = score(maven, "");

    assertThat(record.status()).as("%s", record).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.patch()).isEqualTo("empty");
    assertThat(record.failToPassFailed()).containsExactly(EvalFixtures.MAVEN_F2P);
    assertThat(record.passToPassFailed()).isEmpty();
    assertThat(record.reason()).isEqualTo("FAIL_TO_PASS failed: " + EvalFixtures.MAVEN_F2P);
  }

  @Test
  void mavenPatchThatBreaksAnotherTestIsUnresolved() throws Exception {
    EvalFixtures.Fixture maven = EvalFixtures.maven(temp.resolve("cache"));

    ScoreRecord record = score(maven, maven.breakingPatch());

    assertThat(record.status()).as("%s", record).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.failToPassPassed()).containsExactly(EvalFixtures.MAVEN_F2P);
    assertThat(record.passToPassFailed()).containsExactly(EvalFixtures.MAVEN_BROKEN_P2P);
  }

  @Test
  void mavenPatchThatDoesNotCompileIsUnresolvedWithTheBuildError() throws Exception {
    EvalFixtures.Fixture maven = EvalFixtures.maven(temp.resolve("cache"));
    String broken = maven.instance().patch().replace("+    return Ops.combine(a, b);", "+    return Ops.combine(a, b)");

    ScoreRecord record = score(maven, broken);

    assertThat(record.status()).as("%s", record).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.reason()).contains("the build failed").contains("Calc.java");
    assertThat(record.failToPassFailed()).containsExactly(EvalFixtures.MAVEN_F2P);
  }

  @Test
  void pytestGoldPatchResolves() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache"));

    ScoreRecord record = score(pytest, pytest.instance().patch());

    assertThat(record.status()).as("%s; progress:\n%s", record, String.join("\n", lines))
        .isEqualTo(ScoreRecord.RESOLVED);
    assertThat(record.failToPassPassed()).containsExactly(EvalFixtures.PYTEST_F2P);
    assertThat(record.passToPassPassed()).hasSize(3);
  }

  @Test
  void pytestEmptyPatchLeavesTheFailToPassTestFailing() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache"));

    ScoreRecord record = score(pytest, "");

    assertThat(record.status()).as("%s", record).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.failToPassFailed()).containsExactly(EvalFixtures.PYTEST_F2P);
    assertThat(record.passToPassPassed()).hasSize(3);
  }

  @Test
  void pytestPatchThatBreaksAnotherTestIsUnresolved() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache"));

    ScoreRecord record = score(pytest, pytest.breakingPatch());

    assertThat(record.status()).as("%s", record).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.failToPassPassed()).containsExactly(EvalFixtures.PYTEST_F2P);
    assertThat(record.passToPassFailed()).containsExactly(EvalFixtures.PYTEST_BROKEN_P2P);
  }

  @Test
  void theModelsEditsOfTheTestPatchFilesLoseToTheTestPatch() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache"));
    String cheat = pytest.instance().testPatch().replace("assert add(2, 3) == 5", "assert True");

    ScoreRecord record = score(pytest, cheat);

    assertThat(record.status()).as("%s", record).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.failToPassFailed()).containsExactly(EvalFixtures.PYTEST_F2P);
  }

  @Test
  void aTestPatchThatDoesNotApplyIsAnErrorAndTheNextInstanceScoresAsUsual() throws Exception {
    EvalFixtures.Fixture bad = EvalFixtures.pytest(temp.resolve("cache"))
        .withTestPatch(EvalFixtures.patchThatDoesNotApply("tests/test_calc.py"));
    EvalFixtures.Fixture maven = EvalFixtures.maven(temp.resolve("cache"));

    ScoreRecord error = score(bad, bad.instance().patch());
    ScoreRecord resolved = score(maven, maven.instance().patch());

    assertThat(error.status()).isEqualTo(ScoreRecord.ERROR);
    assertThat(error.reason()).startsWith("the test patch does not apply: ").contains("tests/test_calc.py");
    assertThat(resolved.status()).as("%s", resolved).isEqualTo(ScoreRecord.RESOLVED);
  }

  @Test
  void aModelPatchThatDoesNotApplyIsUnresolvedAndNoTestRuns() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache"));

    ScoreRecord record = score(pytest, EvalFixtures.patchThatDoesNotApply("pycalc/calc.py"));

    assertThat(record.status()).isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.patch()).isEqualTo("did_not_apply");
    assertThat(record.reason()).startsWith("the model patch does not apply: ");
    assertThat(record.failToPassFailed()).containsExactly(EvalFixtures.PYTEST_F2P);
    assertThat(dir.instance("demo__pycalc-1").resolve("score-log.txt")).doesNotExist();
  }

  @Test
  void aMissingBaseCommitIsAnError() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache")).atCommit("0badc0ffee");

    ScoreRecord record = score(pytest, pytest.instance().patch());

    assertThat(record.status()).isEqualTo(ScoreRecord.ERROR);
    assertThat(record.reason()).startsWith("base commit 0badc0ffee is not in demo/pycalc");
  }

  @Test
  void anIdThatNamesNoTestCountsAsFailedAndMissing() throws Exception {
    EvalFixtures.Fixture pytest = EvalFixtures.pytest(temp.resolve("cache"));
    Instance i = pytest.instance();
    Instance extra = new Instance(i.instanceId(), i.repo(), i.baseCommit(), i.problemStatement(), i.hintsText(),
        i.testPatch(), i.failToPass(), List.of("tests/test_calc.py::test_that_does_not_exist"), i.patch(), "", "",
        "", "", i.setup(), i.line());

    ScoreRecord record = scorer.score(extra, i.patch(), "gold", dir);

    assertThat(record.status()).as("%s; progress:\n%s", record, String.join("\n", lines))
        .isEqualTo(ScoreRecord.UNRESOLVED);
    assertThat(record.missing()).containsExactly("tests/test_calc.py::test_that_does_not_exist");
    assertThat(record.failToPassPassed()).containsExactly(EvalFixtures.PYTEST_F2P);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("running the whole suite"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("names no test that ran"));
  }
}
