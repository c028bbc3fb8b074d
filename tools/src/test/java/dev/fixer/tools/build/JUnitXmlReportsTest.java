package dev.fixer.tools.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitXmlReportsTest {

  private static final String REPORT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuite name="demo.CalcTest" tests="4" errors="1" skipped="1" failures="1">
        <testcase name="adds" classname="demo.CalcTest" time="0.01"/>
        <testcase name="addsWrongly" classname="demo.CalcTest" time="0.02">
          <failure message="expected: &lt;5&gt; but was: &lt;4&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <5> but was: <4>
      \tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)
      \tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:563)
      \tat demo.CalcTest.addsWrongly(CalcTest.java:6)
      \tat java.base/java.lang.reflect.Method.invoke(Method.java:569)
      ]]></failure>
        </testcase>
        <testcase name="divides" classname="demo.CalcTest"><error message="/ by zero" type="java.lang.ArithmeticException">java.lang.ArithmeticException: / by zero
      \tat demo.Calc.divide(Calc.java:3)</error></testcase>
        <testcase name="later" classname="demo.CalcTest"><skipped/></testcase>
      </testsuite>
      """;

  @TempDir
  Path repo;

  @Test
  void countsTheTestcasesOfEveryFreshReport() throws Exception {
    ReportFiles before = ReportFiles.under(repo);
    write("core/target/surefire-reports/TEST-demo.CalcTest.xml", REPORT);
    write("app/build/test-results/test/TEST-demo.CalcTest.xml", REPORT);

    TestReport report = JUnitXmlReports.read(repo, before).orElseThrow();

    assertThat(report.run()).isEqualTo(8);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.errors()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(2);
  }

  @Test
  void keepsTheMessageAndTheProjectFramesOfAFailure() throws Exception {
    ReportFiles before = ReportFiles.under(repo);
    write("target/surefire-reports/TEST-demo.CalcTest.xml", REPORT);

    TestFailure failure = JUnitXmlReports.read(repo, before).orElseThrow().failures().get(0);

    assertThat(failure.test()).isEqualTo("demo.CalcTest#addsWrongly");
    assertThat(failure.message()).isEqualTo("expected: <5> but was: <4>");
    assertThat(failure.stack())
        .contains("at demo.CalcTest.addsWrongly(CalcTest.java:6)")
        .doesNotContain("AssertionFailureBuilder", "Method.invoke");
  }

  @Test
  void listsEveryTestcaseWithItsOutcomeAnErrorCountingAsAFailure() throws Exception {
    ReportFiles before = ReportFiles.under(repo);
    write("target/surefire-reports/TEST-demo.CalcTest.xml", REPORT);

    TestReport report = JUnitXmlReports.read(repo, before).orElseThrow();

    assertThat(report.cases()).containsExactly(
        new TestCase("demo.CalcTest#adds", TestCase.Outcome.PASSED),
        new TestCase("demo.CalcTest#addsWrongly", TestCase.Outcome.FAILED),
        new TestCase("demo.CalcTest#divides", TestCase.Outcome.FAILED),
        new TestCase("demo.CalcTest#later", TestCase.Outcome.SKIPPED));
  }

  @Test
  void aTestReportedByTwoModulesKeepsItsWorstOutcome() throws Exception {
    ReportFiles before = ReportFiles.under(repo);
    write("core/target/surefire-reports/TEST-demo.CalcTest.xml", REPORT);
    write("app/target/surefire-reports/TEST-demo.CalcTest.xml", REPORT.replace(
        "<testcase name=\"adds\" classname=\"demo.CalcTest\" time=\"0.01\"/>",
        "<testcase name=\"adds\" classname=\"demo.CalcTest\"><failure message=\"no\"/></testcase>"));

    TestReport report = JUnitXmlReports.read(repo, before).orElseThrow();

    assertThat(report.cases()).hasSize(8);
    assertThat(report.outcomes()).containsExactly(
        entry("demo.CalcTest#adds", TestCase.Outcome.FAILED),
        entry("demo.CalcTest#addsWrongly", TestCase.Outcome.FAILED),
        entry("demo.CalcTest#divides", TestCase.Outcome.FAILED),
        entry("demo.CalcTest#later", TestCase.Outcome.SKIPPED));
  }

  @Test
  void aFlakyTestThatPassedOnItsRerunCountsAsPassed() throws Exception {
    ReportFiles before = ReportFiles.under(repo);
    write("target/surefire-reports/TEST-demo.FlakyTest.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="demo.FlakyTest" tests="1" errors="0" skipped="0" failures="0" flakes="1">
          <testcase name="sometimes" classname="demo.FlakyTest" time="0.01">
            <flakyFailure message="once" type="java.lang.AssertionError"><stackTrace>boom</stackTrace></flakyFailure>
          </testcase>
        </testsuite>
        """);

    assertThat(JUnitXmlReports.read(repo, before).orElseThrow().outcomes())
        .containsExactly(entry("demo.FlakyTest#sometimes", TestCase.Outcome.PASSED));
  }

  @Test
  void reportsOfAnEarlierRunAreNotCountedWhateverTheirTime() throws Exception {
    Path stale = write("target/surefire-reports/TEST-demo.CalcTest.xml", REPORT);
    Path skewed = write("app/target/surefire-reports/TEST-demo.AppTest.xml", REPORT);
    Files.setLastModifiedTime(skewed, FileTime.from(Instant.now().plusSeconds(60)));
    ReportFiles before = ReportFiles.under(repo);

    assertThat(JUnitXmlReports.read(repo, before)).isEmpty();
    assertThat(stale).exists();
  }

  @Test
  void aReportTheRunRewroteCountsEvenWithAnEarlierTime() throws Exception {
    write("target/surefire-reports/TEST-demo.CalcTest.xml", REPORT.replace(" tests=\"4\"", " tests=\"3\""));
    write("app/target/surefire-reports/TEST-demo.AppTest.xml", REPORT);
    ReportFiles before = ReportFiles.under(repo);
    Path rewritten = write("target/surefire-reports/TEST-demo.CalcTest.xml", REPORT);
    Files.setLastModifiedTime(rewritten, FileTime.from(Instant.now().minusSeconds(60)));

    TestReport report = JUnitXmlReports.read(repo, before).orElseThrow();

    assertThat(report.run()).isEqualTo(4);
  }

  @Test
  void aReportWithAnExternalEntityIsNotRead() throws Exception {
    ReportFiles before = ReportFiles.under(repo);
    write("target/surefire-reports/TEST-evil.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE testsuite [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <testsuite><testcase name="x" classname="evil"><failure message="&secret;"/></testcase></testsuite>
        """);

    assertThat(JUnitXmlReports.read(repo, before)).isEmpty();
  }

  private Path write(String path, String text) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
