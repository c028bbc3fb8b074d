package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.MarkerTools;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.tool.FinishReview;
import dev.fixer.core.tool.FinishTool;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A completed run given a further attempt with feedback, in the same conversation and budgets. */
class ContinueTest {

  private static final String FEEDBACK = "Verification failed: CalculatorTest.negativeSum now fails.\n"
      + "It passed before your change. Fix it, then call finish again.";

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();

  private final FinishTool finish = new FinishTool(FinishReview.NONE);
  private final ScriptedTool read = ScriptedTool.readFile("class Calculator {}");

  private static AgentConfig config(int maxSteps) {
    return AgentConfig.DEFAULT.withSyncEachStep(false).withRequireFinish(true)
        .withLimits(new Limits(maxSteps, null, null));
  }

  private static SseReply finishCall(String summary) {
    return SseReply.call("finish:0", "finish", "{\"summary\": \"" + summary + "\"}");
  }

  @Test
  void continuesACompletedRunWithTheWholeConversationAndTheFeedback() throws Exception {
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"Calculator.java\"}"));
    harness.server.reply(finishCall("First fix."));
    harness.run(config(20), read, finish);
    harness.server.reply(finishCall("Second fix: negative sums too."));

    RunResult result = harness.continueWith(config(20), FEEDBACK, read, finish);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("Second fix: negative sums too.");
    assertThat(result.steps()).isEqualTo(3);
    List<JsonNode> bodies = harness.server.bodies();
    JsonNode before = bodies.get(1).get("messages");
    JsonNode after = bodies.get(2).get("messages");
    assertThat(after).hasSize(before.size() + 3);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i)).isEqualTo(before.get(i));
    }
    assertThat(after.get(before.size()).at("/tool_calls/0/function/name").asText()).isEqualTo("finish");
    assertThat(after.get(before.size() + 1).get("content").asText()).isEqualTo("The run ends here.");
    assertThat(after.get(before.size() + 2).get("role").asText()).isEqualTo("user");
    assertThat(after.get(before.size() + 2).get("content").asText()).isEqualTo(FEEDBACK);
    assertThat(bodies.get(2).get("tools")).isEqualTo(bodies.get(1).get("tools"));
    assertThat(bodies.get(2).get("prompt_cache_key")).isEqualTo(bodies.get(1).get("prompt_cache_key"));
  }

  @Test
  void recordsTheAttemptWithItsReasonInTheTrajectory() throws Exception {
    harness.server.reply(finishCall("First fix."));
    harness.run(config(20), finish);
    harness.server.reply(finishCall("Second fix."));

    harness.continueWith(config(20), FEEDBACK, finish);

    JsonNode attempt = harness.trajectoryLines().stream().filter(line -> line.get("type").asText().equals("attempt"))
        .findFirst().orElseThrow();
    assertThat(attempt.get("attempt").asInt()).isEqualTo(2);
    assertThat(attempt.get("reason").asText()).isEqualTo("Verification failed: CalculatorTest.negativeSum now fails.");
    assertThat(attempt.get("elapsed_ms").isNumber()).isTrue();
    assertThat(harness.trajectoryTypes()).containsSubsequence("run_finished", "attempt", "message", "model_request");
    assertThat(Agent.attempts(harness.trajectoryEntries())).isEqualTo(2);
  }

  @Test
  void eachContinuationIsTheNextAttempt() throws Exception {
    harness.server.reply(finishCall("One."));
    harness.run(config(20), finish);
    assertThat(Agent.attempts(harness.trajectoryEntries())).isEqualTo(1);
    harness.server.reply(finishCall("Two."));
    harness.continueWith(config(20), "Tests fail.", finish);
    harness.server.reply(finishCall("Three."));

    RunResult third = harness.continueWith(config(20), "Tests still fail.", finish);

    assertThat(third.summary()).isEqualTo("Three.");
    assertThat(Agent.attempts(harness.trajectoryEntries())).isEqualTo(3);
    assertThat(harness.listener.events(AgentEvent.AttemptStarted.class))
        .containsExactly(new AgentEvent.AttemptStarted(2, "Tests fail."), new AgentEvent.AttemptStarted(3, "Tests still fail."));
  }

  @Test
  void stepsTokensAndCostGoOnFromWhereTheRunWas() throws Exception {
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}").usage(1_000, 0, 100));
    harness.server.reply(finishCall("First fix.").usage(2_000, 1_000, 100));
    RunResult first = harness.run(config(3), read, finish);
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"B\"}").usage(3_000, 2_000, 100));
    harness.server.reply(finishCall("Never reached."));

    RunResult second = harness.continueWith(config(3), FEEDBACK, read, finish);

    assertThat(second.status()).isEqualTo(RunStatus.STEP_LIMIT);
    assertThat(second.steps()).isEqualTo(3);
    assertThat(second.usage().promptTokens()).isEqualTo(6_000);
    assertThat(second.usage().completionTokens()).isEqualTo(300);
    assertThat(second.costUsd()).isGreaterThan(first.costUsd());
    assertThat(second.elapsedMs()).isGreaterThanOrEqualTo(first.elapsedMs());
    assertThat(harness.server.requests()).hasSize(3);
  }

  @Test
  void aRunStoppedInItsSecondAttemptResumesInThatAttemptWithoutRedoingItsCalls() throws Exception {
    Path marks = harness.dir.resolve("marks");
    ScriptedTool marker = MarkerTools.marker(marks);
    harness.server.reply(finishCall("First fix."));
    harness.run(config(10), marker, finish);
    harness.server.reply(SseReply.call("write_marker:0", "write_marker", "{\"name\":\"a\"}"));
    harness.server.reply(SseReply.call("write_marker:0", "write_marker", "{\"name\":\"b\"}"));
    assertThat(harness.continueWith(config(3), FEEDBACK, marker, finish).status()).isEqualTo(RunStatus.STEP_LIMIT);
    harness.server.reply(finishCall("Second fix."));

    RunResult resumed = harness.resume(config(10), marker, finish);

    assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(resumed.summary()).isEqualTo("Second fix.");
    assertThat(resumed.steps()).isEqualTo(4);
    assertThat(MarkerTools.marks(marks)).containsExactly("ran a", "ran b");
    assertThat(Agent.attempts(harness.trajectoryEntries())).isEqualTo(2);
    assertThat(harness.trajectoryTypes()).filteredOn("attempt"::equals).hasSize(1);
    assertThat(harness.server.lastBody().get("messages")).filteredOn(m -> m.path("content").asText().equals(FEEDBACK))
        .hasSize(1);
  }

  @Test
  void theFinishReminderAndTheRunningLowNoteWorkInALaterAttempt() throws Exception {
    for (int i = 0; i < 7; i++) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A" + i + "\"}"));
    }
    harness.server.reply(finishCall("First fix."));
    harness.run(config(10), read, finish);
    harness.server.reply(SseReply.text("I believe it works now."));
    harness.server.reply(finishCall("Second fix."));

    RunResult result = harness.continueWith(config(11), FEEDBACK, read, finish);

    assertThat(result.summary()).isEqualTo("Second fix.");
    List<JsonNode> bodies = harness.server.bodies();
    JsonNode firstOfAttempt2 = bodies.get(8).get("messages");
    assertThat(firstOfAttempt2.get(firstOfAttempt2.size() - 2).get("content").asText()).isEqualTo(FEEDBACK);
    assertThat(firstOfAttempt2.get(firstOfAttempt2.size() - 1).get("content").asText())
        .startsWith("Your budget is running low: 3 of 11 steps left.");
    assertThat(RunningLowTest.notes(bodies.get(9))).hasSize(2);
    JsonNode last = bodies.get(9).get("messages");
    assertThat(last.get(last.size() - 1).get("content").asText()).contains("call the finish tool");
  }

  @Test
  void refusesToContinueARunThatDidNotComplete() throws Exception {
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}"));
    harness.run(config(1), read, finish);

    assertThatThrownBy(() -> harness.continueWith(config(10), FEEDBACK, read, finish))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ended STEP_LIMIT, not COMPLETED");
    assertThat(harness.trajectoryTypes()).doesNotContain("attempt");
  }

  @Test
  void refusesBlankFeedback() throws Exception {
    harness.server.reply(finishCall("Done."));
    harness.run(config(10), finish);

    assertThatThrownBy(() -> harness.continueWith(config(10), " \n", finish))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs feedback");
  }
}
