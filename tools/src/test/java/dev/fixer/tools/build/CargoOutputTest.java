package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CargoOutputTest {

  private static final String RUN = """
          Finished `test` profile [unoptimized + debuginfo] target(s) in 0.02s
           Running unittests src/lib.rs (target/debug/deps/rs-a35a48c092d3f767)

      running 3 tests
      test tests::adds ... ok
      test tests::later ... ignored, not ready
      test tests::adds_wrongly ... FAILED

      failures:

      ---- tests::adds_wrongly stdout ----

      thread 'tests::adds_wrongly' (2871) panicked at src/lib.rs:6:33:
      assertion `left == right` failed: two and two
        left: 4
       right: 5
      note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


      failures:
          tests::adds_wrongly

      test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s

         Doc-tests rs

      running 1 test
      test src/lib.rs - add (line 3) ... ok

      test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s

      error: test failed, to rerun pass `--lib`
      """;

  @Test
  void addsUpTheResultLinesOfEveryTestBinary() {
    TestReport report = CargoOutput.read(RUN).orElseThrow();

    assertThat(report.run()).isEqualTo(4);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void listsTheTestsOfEveryBinaryDocTestsIncluded() {
    TestReport report = CargoOutput.read(RUN).orElseThrow();

    assertThat(report.cases()).containsExactly(
        new TestCase("tests::adds", TestCase.Outcome.PASSED),
        new TestCase("tests::later", TestCase.Outcome.SKIPPED),
        new TestCase("tests::adds_wrongly", TestCase.Outcome.FAILED),
        new TestCase("src/lib.rs - add (line 3)", TestCase.Outcome.PASSED));
    assertThat(report.failures()).extracting(TestFailure::test).containsExactly("tests::adds_wrongly");
  }

  @Test
  void takesTheFailureMessageFromThePanic() {
    TestFailure failure = CargoOutput.read(RUN).orElseThrow().failures().get(0);

    assertThat(failure.test()).isEqualTo("tests::adds_wrongly");
    assertThat(failure.message()).isEqualTo("assertion `left == right` failed: two and two");
    assertThat(failure.stack()).contains("left: 4", "right: 5").doesNotContain("failures:");
  }

  @Test
  void readsThePanicOfOlderRustOnOneLine() {
    String old = """
        ---- tests::boom stdout ----
        thread 'tests::boom' panicked at 'no input', src/lib.rs:9:5

        test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
        """;

    assertThat(CargoOutput.read(old).orElseThrow().failures().get(0).message())
        .isEqualTo("thread 'tests::boom' panicked at 'no input', src/lib.rs:9:5");
  }

  @Test
  void aCompileErrorGivesNoReport() {
    assertThat(CargoOutput.read("error[E0425]: cannot find value `c` in this scope\n")).isEmpty();
  }
}
