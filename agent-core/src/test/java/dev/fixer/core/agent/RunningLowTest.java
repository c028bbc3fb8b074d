package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.tool.FinishReview;
import dev.fixer.core.tool.FinishTool;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The note that tells the model, once, to wrap up when little of its budget is left. */
class RunningLowTest {

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();

  private final ScriptedTool read = ScriptedTool.readFile("x");

  private static AgentConfig config(Limits limits) {
    return AgentConfig.DEFAULT.withSyncEachStep(false).withLimits(limits);
  }

  private void reads(int count) {
    for (int i = 0; i < count; i++) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A" + i + "\"}"));
    }
  }

  @Test
  void tellsTheModelOnceHowManyStepsAreLeftAndToWrapUpWithFinish() {
    reads(9);
    harness.server.reply(SseReply.call("finish:0", "finish", "{\"summary\":\"Done in time.\"}"));

    RunResult result = harness.run(config(new Limits(10, null, null)).withRequireFinish(true), read,
        new FinishTool(FinishReview.NONE));

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    List<JsonNode> bodies = harness.server.bodies();
    assertThat(notes(bodies.get(6))).isEmpty();
    assertThat(last(bodies.get(7))).isEqualTo("Your budget is running low: 3 of 10 steps left.\nWrap up now: finish"
        + " the change, run the relevant tests, delete the scratch files you created, and call finish with your"
        + " summary. If the issue cannot be fixed in what is left, say what stands in the way.");
    assertThat(notes(bodies.get(9))).hasSize(1);
  }

  @Test
  void tellsTheModelWhenMostOfTheCostIsSpentAndToReplyWithItsSummary() {
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}").usage(850_000, 0, 0));
    harness.server.reply(SseReply.text("Fixed."));

    harness.run(config(new Limits(100, 1.0, null)), read);

    assertThat(last(harness.server.lastBody())).startsWith("Your budget is running low: 99 of 100 steps left,"
        + " $0.19 of $1.00 left.\n").contains("reply with your summary and no tool calls");
  }

  @Test
  void saysNothingBeforeTheFirstReplyEvenOnATinyBudget() {
    reads(3);

    harness.run(config(new Limits(3, null, null)), read);

    assertThat(harness.server.bodies().get(0).get("messages")).hasSize(2);
    assertThat(last(harness.server.bodies().get(1))).startsWith("Your budget is running low: 2 of 3 steps left.");
  }

  @Test
  void aResumedRunIsNotToldAgain() throws Exception {
    reads(8);
    RunResult stopped = harness.run(config(new Limits(8, null, null)), read);
    assertThat(stopped.status()).isEqualTo(RunStatus.STEP_LIMIT);
    harness.server.reply(SseReply.text("Done."));

    harness.resume(config(new Limits(10, null, null)), read);

    assertThat(notes(harness.server.lastBody())).singleElement()
        .satisfies(note -> assertThat(note).startsWith("Your budget is running low: 3 of 8 steps left."));
  }

  static List<String> notes(JsonNode body) {
    return java.util.stream.StreamSupport.stream(body.get("messages").spliterator(), false)
        .map(message -> message.path("content").asText())
        .filter(content -> content.startsWith("Your budget is running low")).toList();
  }

  private static String last(JsonNode body) {
    JsonNode messages = body.get("messages");
    return messages.get(messages.size() - 1).get("content").asText();
  }
}
