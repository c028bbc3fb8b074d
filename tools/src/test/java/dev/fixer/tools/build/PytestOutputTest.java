package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PytestOutputTest {

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
