package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class PytestOutputTest {

  /** pytest 9 with -rpxXfE, as {@link Pytest} runs it. */
  private static final String VERBOSE_SUMMARY = """
      ============================= test session starts ==============================
      platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0
      rootdir: /workspace
      collected 10 items

      tests/test_calc.py .FsExX....                                            [100%]

      ==================================== ERRORS ====================================
      _________________________ ERROR at setup of test_error _________________________
      file /workspace/tests/test_calc.py, line 7
        def test_error(fixture_missing): pass
      E       fixture 'fixture_missing' not found

      /workspace/tests/test_calc.py:7
      =================================== FAILURES ===================================
      ________________________________ test_subtract _________________________________

      >   def test_subtract(): assert 3 - 1 == 1
                               ^^^^^^^^^^^^^^^^^
      E   assert (3 - 1) == 1

      tests/test_calc.py:4: AssertionError
      =================================== XPASSES ====================================
      =========================== short test summary info ============================
      PASSED tests/test_calc.py::test_add
      PASSED tests/test_calc.py::test_param[1-2]
      PASSED tests/test_calc.py::test_param[a b]
      PASSED tests/test_calc.py::TestGroup::test_inner
      XFAIL tests/test_calc.py::test_known - known bug
      XPASS tests/test_calc.py::test_fixed - fixed?
      FAILED tests/test_calc.py::test_subtract - assert (3 - 1) == 1
      ERROR tests/test_calc.py::test_error
      ==== 1 failed, 5 passed, 1 skipped, 1 xfailed, 1 xpassed, 1 error in 0.98s =====
      """;

  private static final String RUN = """
      ============================= test session starts ==============================
      platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0
      rootdir: /workspace
      collected 4 items

      tests/test_calc.py .FsE                                                  [100%]

      ==================================== ERRORS ====================================
      _________________________ ERROR at setup of test_error _________________________
      file /workspace/tests/test_calc.py, line 6
        def test_error(fixture_missing): pass
      E       fixture 'fixture_missing' not found
      =================================== FAILURES ===================================
      ________________________________ test_subtract _________________________________

      >   def test_subtract(): assert 3 - 1 == 1
      E   assert (3 - 1) == 1

      tests/test_calc.py:3: AssertionError
      =========================== short test summary info ============================
      FAILED tests/test_calc.py::test_subtract - assert (3 - 1) == 1
      ERROR tests/test_calc.py::test_error
      =============== 1 failed, 1 passed, 1 skipped, 1 error in 1.28s ================
      """;

  @Test
  void countsEveryOutcomeOfTheSummaryLine() {
    TestReport report = PytestOutput.read(RUN).orElseThrow();

    assertThat(report.run()).isEqualTo(4);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void readsEachFailureFromTheShortSummary() {
    TestReport report = PytestOutput.read(RUN).orElseThrow();

    assertThat(report.failures()).containsExactly(
        new TestFailure("tests/test_calc.py::test_subtract", "assert (3 - 1) == 1", ""),
        new TestFailure("tests/test_calc.py::test_error", "", ""));
  }

  @Test
  void listsEveryTestTheShortSummaryNamesAnXfailAsPassedAndAnXpassAsFailed() {
    TestReport report = PytestOutput.read(VERBOSE_SUMMARY).orElseThrow();

    assertThat(report.outcomes()).containsExactly(
        entry("tests/test_calc.py::test_add", TestCase.Outcome.PASSED),
        entry("tests/test_calc.py::test_param[1-2]", TestCase.Outcome.PASSED),
        entry("tests/test_calc.py::test_param[a b]", TestCase.Outcome.PASSED),
        entry("tests/test_calc.py::TestGroup::test_inner", TestCase.Outcome.PASSED),
        entry("tests/test_calc.py::test_known", TestCase.Outcome.PASSED),
        entry("tests/test_calc.py::test_fixed", TestCase.Outcome.FAILED),
        entry("tests/test_calc.py::test_subtract", TestCase.Outcome.FAILED),
        entry("tests/test_calc.py::test_error", TestCase.Outcome.FAILED));
    assertThat(report.failures()).extracting(TestFailure::test)
        .containsExactly("tests/test_calc.py::test_subtract", "tests/test_calc.py::test_error");
    assertThat(report.run()).isEqualTo(10);
  }

  @Test
  void aSkippedTestIsListedOnlyWhenPytestNamesIt() {
    String output = """
        =========================== short test summary info ============================
        SKIPPED [1] tests/test_calc.py:5: not ready
        SKIPPED tests/test_more.py::test_later - Skipped: not ready
        ======================== 2 skipped in 0.01s =========================
        """;

    assertThat(PytestOutput.read(output).orElseThrow().cases())
        .containsExactly(new TestCase("tests/test_more.py::test_later", TestCase.Outcome.SKIPPED));
  }

  @Test
  void aCollectionErrorNamesTheFile() {
    String output = """
        =========================== short test summary info ============================
        ERROR tests/test_broken.py - ModuleNotFoundError: No module named 'calc'
        !!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!
        =============================== 1 error in 0.05s ===============================
        """;

    TestReport report = PytestOutput.read(output).orElseThrow();

    assertThat(report.cases()).containsExactly(new TestCase("tests/test_broken.py", TestCase.Outcome.FAILED));
    assertThat(report.failures()).containsExactly(
        new TestFailure("tests/test_broken.py", "ModuleNotFoundError: No module named 'calc'", ""));
  }

  @Test
  void aPassingRunHasNoFailures() {
    TestReport report = PytestOutput.read("============================== 3 passed in 0.02s ===============================\n")
        .orElseThrow();

    assertThat(report.run()).isEqualTo(3);
    assertThat(report.passed()).isTrue();
  }

  @Test
  void outputWithoutASummaryGivesNoReport() {
    assertThat(PytestOutput.read("ModuleNotFoundError: No module named 'calc'\n")).isEmpty();
  }
}
