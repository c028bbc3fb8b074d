package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class JsTestOutputTest {

  private static final String JEST = """
      FAIL src/sum.test.js
        sum
          ✓ adds (2 ms)
          ✕ adds wrongly (3 ms)

        ● sum › adds wrongly

          expect(received).toBe(expected) // Object.is equality

          Expected: 5
          Received: 4

             6 |   test('adds wrongly', () => {
          >  7 |     expect(sum(2, 2)).toBe(5);

            at Object.toBe (src/sum.test.js:7:23)

      Test Suites: 1 failed, 1 total
      Tests:       1 failed, 1 skipped, 2 passed, 4 total
      Snapshots:   0 total
      Time:        0.512 s
      Ran all test suites.
      """;

  private static final String VITEST = """
       ❯ src/sum.test.ts (3 tests | 1 failed) 4ms
         × sum > adds wrongly 3ms
           → expected 4 to be 5 // Object.is equality

      ⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯

       FAIL  src/sum.test.ts > sum > adds wrongly
      AssertionError: expected 4 to be 5 // Object.is equality

      - Expected
      + Received

       ❯ src/sum.test.ts:7:23

      ⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/1]⎯

       Test Files  1 failed (1)
            Tests  1 failed | 2 passed (3)
         Start at  10:00:00
         Duration  312ms (transform 20ms, setup 0ms, collect 15ms, tests 4ms)
      """;

  /** jest 29 with --verbose: top-level tests first, then each describe's. */
  private static final String JEST_VERBOSE = """
      PASS src/other.test.js
        ✓ other passes (1 ms)

      FAIL src/sum.test.js
        ✓ top level
        ✕ top level fails (20 ms)
        sum
          ✓ adds (2 ms)
          ✕ adds wrongly (2 ms)
          ○ skipped later
          ✎ todo write this
          with negatives
            ✓ adds them (1 ms)

        ● sum › adds wrongly

          expect(received).toBe(expected) // Object.is equality

          Expected: 5
          Received: 4

            at Object.toBe (src/sum.test.js:4:50)

        ● top level fails

          expect(received).toBe(expected) // Object.is equality

          Expected: 2
          Received: 1

            at Object.toBe (src/sum.test.js:12:43)

      Test Suites: 1 failed, 1 passed, 2 total
      Tests:       2 failed, 1 skipped, 1 todo, 4 passed, 8 total
      Snapshots:   0 total
      Time:        0.872 s
      Ran all test suites.
      """;

  /** vitest 3 with --reporter=verbose: one line a test, its file first. */
  private static final String VITEST_VERBOSE = """

       RUN  v3.2.7 /workspace

       ✓ vt/sum.test.ts > sum > adds 1ms
       × vt/sum.test.ts > sum > adds wrongly 8ms
         → expected 4 to be 5 // Object.is equality
       ↓ vt/sum.test.ts > sum > later
       ✓ vt/sum.test.ts > sum > with negatives > adds them 0ms
       ✓ vt/other.test.ts > other passes 2ms

      ⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯

       FAIL  vt/sum.test.ts > sum > adds wrongly
      AssertionError: expected 4 to be 5 // Object.is equality

       Test Files  1 failed | 1 passed (2)
            Tests  1 failed | 3 passed | 1 skipped (5)
      """;

  @Test
  void readsTheJestSummary() {
    TestReport report = JsTestOutput.read(JEST).orElseThrow();

    assertThat(report.run()).isEqualTo(4);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void readsEachJestFailureWithItsExpectation() {
    TestFailure failure = JsTestOutput.read(JEST).orElseThrow().failures().get(0);

    assertThat(failure.test()).isEqualTo("sum › adds wrongly");
    assertThat(failure.message()).isEqualTo("expect(received).toBe(expected) // Object.is equality");
    assertThat(failure.stack()).contains("Expected: 5", "Received: 4");
  }

  @Test
  void listsJestTestsByTheirDescribePathAsTheFailuresNameThem() {
    TestReport report = JsTestOutput.read(JEST_VERBOSE).orElseThrow();

    assertThat(report.outcomes()).containsExactly(
        entry("other passes", TestCase.Outcome.PASSED),
        entry("top level", TestCase.Outcome.PASSED),
        entry("top level fails", TestCase.Outcome.FAILED),
        entry("sum › adds", TestCase.Outcome.PASSED),
        entry("sum › adds wrongly", TestCase.Outcome.FAILED),
        entry("sum › later", TestCase.Outcome.SKIPPED),
        entry("sum › write this", TestCase.Outcome.SKIPPED),
        entry("sum › with negatives › adds them", TestCase.Outcome.PASSED));
    assertThat(report.failures()).extracting(TestFailure::test)
        .containsExactly("sum › adds wrongly", "top level fails");
  }

  @Test
  void jestWithoutItsTreeListsNoTests() {
    String quiet = """
        FAIL src/sum.test.js
          ● sum › adds wrongly

            expect(received).toBe(expected) // Object.is equality

        PASS src/other.test.js

        Tests:       1 failed, 4 passed, 5 total
        """;

    TestReport report = JsTestOutput.read(quiet).orElseThrow();

    assertThat(report.cases()).isEmpty();
    assertThat(report.failures()).extracting(TestFailure::test).containsExactly("sum › adds wrongly");
  }

  @Test
  void listsTheVitestTestsOfAFailingFileUnderItsName() {
    String output = """

         RUN  v3.2.7 /workspace

         ❯ vt/sum.test.ts (6 tests | 1 failed | 2 skipped) 11ms
           ✓ sum > adds 1ms
           × sum > adds wrongly 8ms
             → expected 4 to be 5 // Object.is equality
           ↓ sum > later
           ✓ top level 0ms
         ✓ vt/other.test.ts (1 test) 2ms

        ⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯

         FAIL  vt/sum.test.ts > sum > adds wrongly
        AssertionError: expected 4 to be 5 // Object.is equality

         Test Files  1 failed | 1 passed (2)
              Tests  1 failed | 2 passed | 1 skipped (4)
        """;

    TestReport report = JsTestOutput.read(output).orElseThrow();

    assertThat(report.cases()).containsExactly(
        new TestCase("vt/sum.test.ts > sum > adds", TestCase.Outcome.PASSED),
        new TestCase("vt/sum.test.ts > sum > adds wrongly", TestCase.Outcome.FAILED),
        new TestCase("vt/sum.test.ts > sum > later", TestCase.Outcome.SKIPPED),
        new TestCase("vt/sum.test.ts > top level", TestCase.Outcome.PASSED));
    assertThat(report.failures()).extracting(TestFailure::test).containsExactly("vt/sum.test.ts > sum > adds wrongly");
  }

  @Test
  void listsEveryVitestTestOfTheVerboseReporter() {
    TestReport report = JsTestOutput.read(VITEST_VERBOSE).orElseThrow();

    assertThat(report.outcomes()).containsExactly(
        entry("vt/sum.test.ts > sum > adds", TestCase.Outcome.PASSED),
        entry("vt/sum.test.ts > sum > adds wrongly", TestCase.Outcome.FAILED),
        entry("vt/sum.test.ts > sum > later", TestCase.Outcome.SKIPPED),
        entry("vt/sum.test.ts > sum > with negatives > adds them", TestCase.Outcome.PASSED),
        entry("vt/other.test.ts > other passes", TestCase.Outcome.PASSED));
    assertThat(report.failures()).extracting(TestFailure::test).containsExactly("vt/sum.test.ts > sum > adds wrongly");
  }

  @Test
  void readsTheVitestSummaryAndFailure() {
    TestReport report = JsTestOutput.read(VITEST).orElseThrow();

    assertThat(report.run()).isEqualTo(3);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.failures()).extracting(TestFailure::test, TestFailure::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "src/sum.test.ts > sum > adds wrongly", "AssertionError: expected 4 to be 5 // Object.is equality"));
  }

  @Test
  void readsASummaryThroughColourCodes() {
    String coloured = "\u001B[1mTests:\u001B[22m       \u001B[1m\u001B[32m2 passed\u001B[39m\u001B[22m, 2 total\n";

    assertThat(JsTestOutput.read(coloured).orElseThrow().run()).isEqualTo(2);
  }

  @Test
  void anUnknownRunnerGivesNoReport() {
    assertThat(JsTestOutput.read("ok: 2 checks\nall good\n")).isEmpty();
  }
}
