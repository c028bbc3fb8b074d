package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.agent.AgentEvent;
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
  void onATerminalTheStatusLineIsRedrawnAndClearedBeforeALine() {
    Progress progress = progress(true);
    progress.onEvent(new AgentEvent.StreamDelta(3, true, "hmm"));
    progress.line("setup: done");

    assertThat(text.toString()).startsWith("\r\033[Kstep 3 · thinking · 0:00 · 0 tokens · cost unknown")
        .endsWith("\r\033[Ksetup: done" + System.lineSeparator());
  }

  @Test
  void aTickMovesTheElapsedTimeOfTheStatusLine() {
    Progress progress = progress(true);
    progress.onEvent(new AgentEvent.ToolStarted(1, new ToolCall("c1", "run_tests", "{}")));
    now.addAndGet(7_000);

    progress.tick();

    assertThat(text.toString()).endsWith("\r\033[Kstep 1 · run_tests · 0:07 · 0 tokens · cost unknown");
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
