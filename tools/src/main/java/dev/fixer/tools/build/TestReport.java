package dev.fixer.tools.build;

import java.util.List;

/**
 * The results read after a test run.
 *
 * @param run how many tests ran, the skipped included (as surefire counts)
 * @param failed how many failed an assertion
 * @param errors how many ended with an unexpected exception
 * @param skipped how many were skipped
 * @param failures each failed or errored test, in report order
 */
public record TestReport(int run, int failed, int errors, int skipped, List<TestFailure> failures) {

  public TestReport {
    if (run < 0 || failed < 0 || errors < 0 || skipped < 0) {
      throw new IllegalArgumentException("test counts cannot be negative");
    }
    failures = List.copyOf(failures);
  }

  /** Whether every test that ran passed. */
  public boolean passed() {
    return failed == 0 && errors == 0;
  }

  /** This report and {@code other} added up. */
  TestReport plus(TestReport other) {
    List<TestFailure> all = new java.util.ArrayList<>(failures);
    all.addAll(other.failures);
    return new TestReport(run + other.run, failed + other.failed, errors + other.errors,
        skipped + other.skipped, all);
  }

  static TestReport empty() {
    return new TestReport(0, 0, 0, 0, List.of());
  }
}
