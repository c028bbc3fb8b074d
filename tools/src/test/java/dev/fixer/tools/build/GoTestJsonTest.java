package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoTestJsonTest {

  private static final String RUN = """
      {"Time":"2024-05-01T10:00:00.1Z","Action":"start","Package":"example.com/calc"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"run","Package":"example.com/calc","Test":"TestAdd"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Test":"TestAdd","Output":"=== RUN   TestAdd\\n"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Test":"TestAdd","Output":"--- PASS: TestAdd (0.00s)\\n"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"pass","Package":"example.com/calc","Test":"TestAdd","Elapsed":0}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"run","Package":"example.com/calc","Test":"TestSub"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Test":"TestSub","Output":"=== RUN   TestSub\\n"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Test":"TestSub","Output":"    calc_test.go:12: Sub(3, 1) = 2, want 1\\n"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Test":"TestSub","Output":"--- FAIL: TestSub (0.00s)\\n"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"fail","Package":"example.com/calc","Test":"TestSub","Elapsed":0}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"run","Package":"example.com/calc","Test":"TestDiv"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"run","Package":"example.com/calc","Test":"TestDiv/by_one"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Test":"TestDiv/by_one","Output":"--- PASS: TestDiv/by_one (0.00s)\\n"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"pass","Package":"example.com/calc","Test":"TestDiv/by_one","Elapsed":0}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"pass","Package":"example.com/calc","Test":"TestDiv","Elapsed":0}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"run","Package":"example.com/calc","Test":"TestLater"}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"skip","Package":"example.com/calc","Test":"TestLater","Elapsed":0}
      {"Time":"2024-05-01T10:00:00.2Z","Action":"output","Package":"example.com/calc","Output":"FAIL\\n"}
      {"Time":"2024-05-01T10:00:00.3Z","Action":"fail","Package":"example.com/calc","Elapsed":0.003}
      # example.com/other
      other/x.go:3:2: undefined: y
      FAIL	example.com/other [build failed]
      """;

  @Test
  void countsTheTestEventsAndNotThePackageOnes() {
    TestReport report = GoTestJson.read(RUN).orElseThrow();

    assertThat(report.run()).isEqualTo(5);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void listsEveryTestAndSubtestByPackageAndName() {
    TestReport report = GoTestJson.read(RUN).orElseThrow();

    assertThat(report.cases()).containsExactly(
        new TestCase("example.com/calc.TestAdd", TestCase.Outcome.PASSED),
        new TestCase("example.com/calc.TestSub", TestCase.Outcome.FAILED),
        new TestCase("example.com/calc.TestDiv/by_one", TestCase.Outcome.PASSED),
        new TestCase("example.com/calc.TestDiv", TestCase.Outcome.PASSED),
        new TestCase("example.com/calc.TestLater", TestCase.Outcome.SKIPPED));
  }

  @Test
  void aFailureCarriesWhatTheTestPrinted() {
    TestFailure failure = GoTestJson.read(RUN).orElseThrow().failures().get(0);

    assertThat(failure.test()).isEqualTo("example.com/calc.TestSub");
    assertThat(failure.message()).isEqualTo("calc_test.go:12: Sub(3, 1) = 2, want 1");
  }

  @Test
  void aBuildFailureAloneGivesNoReport() {
    assertThat(GoTestJson.read("# example.com/other\nother/x.go:3:2: undefined: y\n")).isEmpty();
  }
}
