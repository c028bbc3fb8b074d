package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(JsTestOutput.read("  2 passing (12ms)\n  1 failing\n")).isEmpty();
  }
}
