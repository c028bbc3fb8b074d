package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** Outputs captured from Node 20.20 ({@code node --test --test-reporter=tap}) and mocha 10.8 (spec). */
class NodeTapAndMochaSpecTest {

  /** Two files: one test printing a line, and a describe with a failure, a skip and a nested describe. */
  private static final String TAP = """
      TAP version 13
      # hello from other
      # Subtest: other passes
      ok 1 - other passes
        ---
        ...
      # Subtest: sum
          # Subtest: adds
          ok 1 - adds
            ---
            ...
          # Subtest: adds wrongly
          not ok 2 - adds wrongly
            ---
            location: 'test/sum.test.js:5:8'
            failureType: 'testCodeFailure'
            error: |-
              Expected values to be strictly equal:

              2 !== 3

            code: 'ERR_ASSERTION'
            name: 'AssertionError'
            expected: 3
            actual: 2
            operator: 'strictEqual'
            stack: |-
              TestContext.<anonymous> (test/sum.test.js:5:42)
            ...
          # Subtest: later
          ok 3 - later # SKIP
            ---
            ...
          # Subtest: with negatives
              # Subtest: adds them
              ok 1 - adds them
                ---
                ...
              1..1
          ok 4 - with negatives
            ---
            type: 'suite'
            ...
          1..4
      not ok 2 - sum
        ---
        type: 'suite'
        location: 'test/sum.test.js:3:6'
        failureType: 'subtestsFailed'
        error: '1 subtest failed'
        code: 'ERR_TEST_FAILURE'
        ...
      # Subtest: top level
      ok 3 - top level
        ---
        ...
      1..3
      # tests 6
      # suites 2
      # pass 4
      # fail 1
      # cancelled 0
      # skipped 1
      # todo 0
      """;

  /** The same tests under mocha 10.8's spec reporter. */
  private static final String MOCHA = """


        ✔ top level
        sum
          ✔ adds
          1) adds wrongly
          - later
          with negatives
            ✔ adds them


        3 passing (15ms)
        1 pending
        1 failing

        1) sum
             adds wrongly:

            AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:

      2 !== 3

            + expected - actual

            -2
            +3

            at Context.<anonymous> (test/sum.spec.js:4:37)
            at process.processImmediate (node:internal/timers:483:21)



      """;

  @Test
  void nodeTapNamesEachTestByItsTitlesAndLeavesOutSuites() {
    TestReport report = JsTestOutput.read(TAP).orElseThrow();

    assertThat(report.outcomes()).containsExactly(
        entry("other passes", TestCase.Outcome.PASSED),
        entry("sum › adds", TestCase.Outcome.PASSED),
        entry("sum › adds wrongly", TestCase.Outcome.FAILED),
        entry("sum › later", TestCase.Outcome.SKIPPED),
        entry("sum › with negatives › adds them", TestCase.Outcome.PASSED),
        entry("top level", TestCase.Outcome.PASSED));
    assertThat(report.run()).isEqualTo(6);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void nodeTapFailuresCarryTheirErrorMessage() {
    TestFailure failure = JsTestOutput.read(TAP).orElseThrow().failures().get(0);

    assertThat(failure.test()).isEqualTo("sum › adds wrongly");
    assertThat(failure.message()).isEqualTo("Expected values to be strictly equal:");
    assertThat(failure.stack()).isEqualTo("2 !== 3");
  }

  @Test
  void testsLeftOutByANamePatternAreNotListed() {
    String filtered = """
        TAP version 13
        # Subtest: sum
            # Subtest: adds
            ok 1 - adds # SKIP test name does not match pattern
              ---
              duration_ms: 0.3
              ...
            # Subtest: adds wrongly
            ok 2 - adds wrongly
              ---
              duration_ms: 0.4
              ...
            1..2
        ok 1 - sum
          ---
          duration_ms: 2.1
          type: 'suite'
          ...
        1..1
        # tests 2
        # pass 1
        # fail 0
        # skipped 1
        """;

    TestReport report = JsTestOutput.read(filtered).orElseThrow();

    assertThat(report.outcomes()).containsExactly(entry("sum › adds wrongly", TestCase.Outcome.PASSED));
    assertThat(report.passed()).isTrue();
  }

  @Test
  void mochaSpecNamesEachTestByItsSuitesAsJestDoes() {
    TestReport report = JsTestOutput.read(MOCHA).orElseThrow();

    assertThat(report.outcomes()).containsExactly(
        entry("top level", TestCase.Outcome.PASSED),
        entry("sum › adds", TestCase.Outcome.PASSED),
        entry("sum › adds wrongly", TestCase.Outcome.FAILED),
        entry("sum › later", TestCase.Outcome.SKIPPED),
        entry("sum › with negatives › adds them", TestCase.Outcome.PASSED));
    assertThat(report.run()).isEqualTo(5);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void mochaSpecFailuresCarryTheAssertionAndItsDiff() {
    TestFailure failure = JsTestOutput.read(MOCHA).orElseThrow().failures().get(0);

    assertThat(failure.test()).isEqualTo("sum › adds wrongly");
    assertThat(failure.message()).isEqualTo("AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:");
    assertThat(failure.stack()).startsWith("2 !== 3\n+ expected - actual");
  }

  @Test
  void aPassingMochaRunIsReadEvenWithoutAnyTree() {
    TestReport report = JsTestOutput.read("\n\n  0 passing (2ms)\n\n").orElseThrow();

    assertThat(report.run()).isZero();
    assertThat(report.passed()).isTrue();
  }
}
