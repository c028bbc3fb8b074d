package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.build.TestReport;
import dev.fixer.tools.verdict.Outcomes;
import dev.fixer.tools.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommitMessageTest {

  private static final TestCase.Outcome PASS = TestCase.Outcome.PASSED;
  private static final TestCase.Outcome FAIL = TestCase.Outcome.FAILED;

  private static final RunPlan PLAN = new RunPlan("kimi-k2.6", null, null, 100, 10, null, Duration.ofMinutes(1),
      SandboxChoice.BWRAP, null, null, Duration.ofMinutes(1), null);
  private static final TestRun RUN = new TestRun("mvn test", List.of(), ToolResult.success("ok"),
      Optional.of(new TestReport(4, 0, 0, 0, List.of(), List.of(new TestCase("demo.StatsTest#even", PASS),
          new TestCase("demo.StatsTest#odd", PASS)))), false, Optional.empty());
  private static final Outcomes BEFORE = new Outcomes(Map.of("demo.StatsTest#even", FAIL, "demo.StatsTest#odd", PASS),
      Outcomes.Status.RAN, "");
  private static final Verification PASSED = new Verification(Verdict.judge(BEFORE, Outcomes.of(RUN),
      Optional.empty()), BEFORE, "", "the whole test suite", List.of(RUN), Optional.empty(), 10);

  private static RunRecord record(String title, OptionalInt number) {
    return new RunRecord(Path.of("/repo"), "fixer/x", new IssueText("", title, ""), number, PLAN,
        Path.of("/t.jsonl"), Phase.SET_UP);
  }

  @Test
  void titleAndNumberThenSummaryTestsFixesAndTrailer() {
    String message = CommitMessage.of(record("Median is wrong", OptionalInt.of(42)), "Fixed median.", PASSED,
        "kimi-k2.6");

    assertThat(message).isEqualTo("""
        Median is wrong (#42)

        Fixed median.

        Verified by fixer with the whole test suite (4 run, 0 failed):
        - fails before, passes after: demo.StatsTest#even
        - passing before and after: 1 test

        Fixes #42

        Generated-by: fixer 0.1.0 (kimi-k2.6)
        """);
  }

  @Test
  void aLongTitleIsShortenedToFitTheSubjectLine() {
    String message = CommitMessage.of(record("x".repeat(100), OptionalInt.of(7)), "", PASSED, "m");

    String subject = message.lines().findFirst().orElseThrow();
    assertThat(subject).hasSize(72).endsWith("… (#7)");
    assertThat(message).doesNotContain("Fixes #7\n\nFixes");
  }

  @Test
  void withoutANumberThereIsNoFixesLine() {
    assertThat(CommitMessage.of(record("Median is wrong", OptionalInt.empty()), "s", PASSED, "m"))
        .startsWith("Median is wrong\n").doesNotContain("Fixes #");
  }
}
