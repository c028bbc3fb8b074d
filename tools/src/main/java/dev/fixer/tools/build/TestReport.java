package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results read after a test run.
 *
 * @param run how many tests ran, the skipped included (as surefire counts)
 * @param failed how many failed an assertion
 * @param errors how many ended with an unexpected exception
 * @param skipped how many were skipped
 * @param failures each failed or errored test, in report order
 * @param cases every test the run reported, passing, failing and skipped, in report order; empty when
 *     the output names no single test (jest without {@code --verbose}, for one)
 */
public record TestReport(int run, int failed, int errors, int skipped, List<TestFailure> failures,
    List<TestCase> cases) {

  public TestReport {
    if (run < 0 || failed < 0 || errors < 0 || skipped < 0) {
      throw new IllegalArgumentException("test counts cannot be negative");
    }
    failures = List.copyOf(failures);
    cases = List.copyOf(cases);
  }

  /** Whether every test that ran passed. */
  public boolean passed() {
    return failed == 0 && errors == 0;
  }

  /**
   * Each test's outcome by id, in the order first seen; an id reported several times (a test run by two
   * modules, a retried test) keeps the worst: failed over passed over skipped.
   */
  public Map<String, TestCase.Outcome> outcomes() {
    Map<String, TestCase.Outcome> byId = new LinkedHashMap<>();
    for (TestCase test : cases) {
      byId.merge(test.id(), test.outcome(), TestCase.Outcome::worst);
    }
    return Collections.unmodifiableMap(byId);
  }

  /** This report and {@code other} added up. */
  TestReport plus(TestReport other) {
    List<TestFailure> allFailures = new ArrayList<>(failures);
    allFailures.addAll(other.failures);
    List<TestCase> allCases = new ArrayList<>(cases);
    allCases.addAll(other.cases);
    return new TestReport(run + other.run, failed + other.failed, errors + other.errors,
        skipped + other.skipped, allFailures, allCases);
  }

  static TestReport empty() {
    return new TestReport(0, 0, 0, 0, List.of(), List.of());
  }
}
