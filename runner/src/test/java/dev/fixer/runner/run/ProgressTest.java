package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.model.Usage;
import dev.fixer.core.text.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong(1_000_000);

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(text, true), terminal, Redactor.of(List.of("sk-secret-value-123")), now::get);
  }

  private static void toolCall(Progress progress, String name, String arguments, boolean failed) {
    progress.onEvent(new AgentEvent.ToolStarted(2, new ToolCall("c1", name, arguments)));
    progress.onEvent(new AgentEvent.ToolFinished(2, 5, new ToolMessage("c1", name, "out", failed), 1500));
  }

  @Test
  void aPlainLinePerToolCallWithWhatItWorkedOnAndTheSpendSoFar() {
    Progress progress = progress(false);
    progress.onEvent(new AgentEvent.UsageRecorded(1, Usage.ZERO, 0.0, new Usage(12_000, 8_000, 345), 0.0123));
    now.addAndGet(65_000);

    toolCall(progress, "run_tests", "{\"tests\":[\"StatsTest\",\"MeanTest\"]}", true);

    assertThat(text.toString()).isEqualTo(
        "[1:05] step 2 · run_tests StatsTest MeanTest · failed 1.5 s · 12.3k tokens · $0.0123" + System.lineSeparator());
  }

  @Test
  void withoutATerminalThereIsNoStatusLine() {
    Progress progress = progress(false);
    progress.onEvent(new AgentEvent.ModelRequested(1, 3, 1000, 0));
    progress.onEvent(new AgentEvent.StreamDelta(1, true, "hmm"));

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void onATerminalTheStatusLineIsClearedBeforeALineAndDrawnAgainBelowIt() {
    Progress progress = progress(true);
    progress.onEvent(new AgentEvent.StreamDelta(3, true, "hmm"));
    progress.line("attempt 2: verification failed");

    assertThat(text.toString()).isEqualTo("\r\033[Kstep 3 · thinking · 0:00 · 0 tokens\r\033[K"
        + "attempt 2: verification failed" + System.lineSeparator() + "\r\033[Kstep 3 · thinking · 0:00 · 0 tokens");
  }

  @Test
  void aTickMovesTheElapsedTimeOfTheStatusLine() {
    Progress progress = progress(true);
    progress.onEvent(new AgentEvent.ToolStarted(1, new ToolCall("c1", "run_tests", "{}")));
    now.addAndGet(7_000);

    progress.tick();

    assertThat(text.toString()).endsWith("\r\033[Kstep 1 · run_tests · 0:07 · 0 tokens");
  }

  @Test
  void theAgentsStatusLineShowsTheBudgetAndTheRunningToolsArgument() {
    Progress progress = progress(true);
    progress.budget(100, 5.0);
    progress.onEvent(new AgentEvent.UsageRecorded(11, Usage.ZERO, 0.0, new Usage(12_000, 8_000, 345), 0.4134));

    progress.onEvent(new AgentEvent.ToolStarted(12, new ToolCall("c1", "edit", "{\"path\":\"src/Calc.java\"}")));

    assertThat(text.toString())
        .endsWith("\r\033[Kstep 12/100 · $0.41/$5 · edit src/Calc.java · 0:00 · 12.3k tokens");
  }

  @Test
  void duringAPhaseTheStatusLineShowsItsTimeAndTheLastLineItsCommandPrintedWithoutEscapeCodes() {
    Progress progress = progress(true);
    progress.phase("setup");
    now.addAndGet(42_000);

    progress.output("\033[1;34m[INFO]\033[0m Downloading from central: sk-secret-value-123   ");

    assertThat(text.toString()).endsWith("\r\033[Ksetup · 0:42 · [INFO] Downloading from central: [REDACTED]");
    progress.phaseEnded();
    progress.output("Tests run: 4");
    assertThat(text.toString()).endsWith("[REDACTED]\r\033[K");
  }

  @Test
  void offATerminalAPhaseDrawsNothingAndLinesLoseTheirEscapeCodes() {
    Progress progress = progress(false);
    progress.phase("verification");
    progress.output("Tests run: 4");

    progress.line("baseline: | \033[31m[ERROR]\033[0m cannot find symbol");

    assertThat(text.toString()).isEqualTo("baseline: | [ERROR] cannot find symbol" + System.lineSeparator());
  }

  @Test
  void aResumedRunCountsWhatItHadSpentAndOneToolCallIsOne() {
    Progress progress = progress(false);
    progress.resumedFrom(List.of(new Trajectory.Entry(new AgentEvent.UsageRecorded(3, Usage.ZERO, 0.01,
        new Usage(2_000, 0, 100), 0.25), 10)));

    progress.onEvent(new AgentEvent.RunResumed("r", 3, List.of("c1")));
    toolCall(progress, "read_file", "{\"path\":\"a.txt\"}", false);

    assertThat(text.toString()).contains("resuming after step 3; finishing 1 tool call first")
        .contains("read_file a.txt · ok 1.5 s · 2.1k tokens · $0.2500");
  }

  @Test
  void aTickWithoutAStatusLineDrawsNothing() {
    progress(false).tick();
    progress(true).tick();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void secretsAreRedactedFromWhatIsShown() {
    Progress progress = progress(false);

    toolCall(progress, "run_command", "{\"command\":\"curl -H 'Authorization: Bearer sk-secret-value-123' x\"}", false);

    assertThat(text.toString()).doesNotContain("sk-secret-value-123").contains("[REDACTED]");
  }

  @Test
  void theSubjectIsShortAndOnOneLine() {
    assertThat(Progress.subject(new ToolCall("c", "edit", "{\"path\":\"src/A.java\",\"old_str\":\"x\"}")))
        .isEqualTo(" src/A.java");
    assertThat(Progress.subject(new ToolCall("c", "run_command", "{\"command\":\"" + "echo a\\n".repeat(30) + "\"}")))
        .hasSize(71).endsWith("…").doesNotContain("\n");
    assertThat(Progress.subject(new ToolCall("c", "list_files", "{}"))).isEmpty();
    assertThat(Progress.subject(new ToolCall("c", "read_file", "not json"))).isEmpty();
  }
}
