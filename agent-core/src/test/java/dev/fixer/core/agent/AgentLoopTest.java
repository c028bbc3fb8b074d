package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.agent.AgentEvent.StreamDelta;
import dev.fixer.core.agent.AgentEvent.ToolFinished;
import dev.fixer.core.agent.AgentEvent.UsageRecorded;
import dev.fixer.core.model.Usage;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.tool.ToolResult;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentLoopTest {

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();


  private static AgentConfig config() {
    return AgentConfig.DEFAULT.withSyncEachStep(false);
  }

  @Test
  void endsWhenTheModelAnswersWithoutToolCallsAndKeepsItsTextAsTheSummary() {
    harness.server.reply(SseReply.text("Nothing to change: the sum is right."));

    RunResult result = harness.run(config());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("Nothing to change: the sum is right.");
    assertThat(result.steps()).isEqualTo(1);
  }

  @Test
  void opensWithTheSystemPromptAndTheIssue() {
    harness.server.reply(SseReply.text("done"));

    harness.run(config());

    JsonNode messages = harness.server.lastBody().get("messages");
    assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
    assertThat(messages.get(0).get("content").asText()).contains("Reproduce").contains("smallest change");
    assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
    assertThat(messages.get(1).get("content").asText()).contains("Sum is off by one").contains("(#7)")
        .contains("Calculator.sum(2, 2) returns 5.");
  }

  @Test
  void runsEveryToolCallOfAReplyInOrderEachAnsweredByItsOwnToolMessage() {
    ScriptedTool read = new ScriptedTool("read_file", "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}",
        args -> ToolResult.success("contents of " + args.get("path").asText()));
    harness.server.reply(SseReply.reply().reasoning("Read both.")
        .toolCall(0, "read_file:0", "read_file", "{\"path\":\"A.java\"}", 3)
        .toolCall(1, "read_file:1", "read_file", "{\"path\":\"B.java\"}", 3));
    harness.server.reply(SseReply.text("done"));

    RunResult result = harness.run(config(), read);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(read.calls()).extracting(args -> args.get("path").asText()).containsExactly("A.java", "B.java");
    JsonNode messages = harness.server.lastBody().get("messages");
    assertThat(messages).hasSize(5);
    assertThat(messages.get(2).get("reasoning_content").asText()).isEqualTo("Read both.");
    assertThat(messages.get(3).get("tool_call_id").asText()).isEqualTo("read_file:0");
    assertThat(messages.get(3).get("content").asText()).isEqualTo("contents of A.java");
    assertThat(messages.get(4).get("tool_call_id").asText()).isEqualTo("read_file:1");
    assertThat(messages.get(4).get("content").asText()).isEqualTo("contents of B.java");
  }

  @Test
  void keepsTheSystemPromptAndToolListByteIdenticalAndOnlyAppendsToHistory() {
    ScriptedTool read = ScriptedTool.readFile("class A {}");
    for (int i = 0; i < 3; i++) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A.java\"}"));
    }
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), read);

    List<JsonNode> bodies = harness.server.bodies();
    assertThat(bodies).hasSize(4);
    for (int i = 1; i < bodies.size(); i++) {
      JsonNode before = bodies.get(i - 1);
      JsonNode after = bodies.get(i);
      assertThat(after.get("tools").toString()).isEqualTo(before.get("tools").toString());
      assertThat(after.get("messages").get(0).toString()).isEqualTo(before.get("messages").get(0).toString());
      for (int m = 0; m < before.get("messages").size(); m++) {
        assertThat(after.get("messages").get(m).toString()).isEqualTo(before.get("messages").get(m).toString());
      }
      assertThat(after.get("messages").size()).isGreaterThan(before.get("messages").size());
    }
  }

  @Test
  void rewritesRepeatedToolCallIdsAcrossTurns() {
    ScriptedTool read = ScriptedTool.readFile("x");
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}"));
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"B\"}"));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), read);

    JsonNode messages = harness.server.lastBody().get("messages");
    assertThat(messages.at("/2/tool_calls/0/id").asText()).isEqualTo("read_file:0");
    assertThat(messages.at("/3/tool_call_id").asText()).isEqualTo("read_file:0");
    assertThat(messages.at("/4/tool_calls/0/id").asText()).isEqualTo("read_file:0~2");
    assertThat(messages.at("/5/tool_call_id").asText()).isEqualTo("read_file:0~2");
  }

  @Test
  void stopsAtTheStepLimitAndKeepsWhatWasDone() {
    ScriptedTool read = ScriptedTool.readFile("x");
    for (int i = 0; i < 5; i++) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}"));
    }

    RunResult result = harness.run(config().withLimits(new Limits(3, null, null)), read);

    assertThat(result.status()).isEqualTo(RunStatus.STEP_LIMIT);
    assertThat(result.status().budgetReached()).isTrue();
    assertThat(result.steps()).isEqualTo(3);
    assertThat(result.detail()).contains("step limit of 3");
    assertThat(read.calls()).hasSize(3);
    assertThat(harness.server.requests()).hasSize(3);
  }

  @Test
  void stopsAtTheCostLimit() {
    ScriptedTool read = ScriptedTool.readFile("x");
    for (int i = 0; i < 5; i++) {
      harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}").usage(1_000_000, 0, 0));
    }

    RunResult result = harness.run(config().withLimits(new Limits(100, 1.5, null)), read);

    assertThat(result.status()).isEqualTo(RunStatus.COST_LIMIT);
    assertThat(result.steps()).isEqualTo(2);
    assertThat(result.costUsd()).isCloseTo(1.90, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.detail()).contains("$1.9000 of $1.50");
  }

  @Test
  void stopsAtTheTimeLimit() {
    ScriptedTool slow = new ScriptedTool("slow_tool", "{\"type\":\"object\",\"properties\":{}}", args -> {
      Thread.sleep(400);
      return ToolResult.success("slept");
    });
    harness.server.reply(SseReply.call("slow_tool:0", "slow_tool", "{}"));
    harness.server.reply(SseReply.call("slow_tool:0", "slow_tool", "{}"));

    RunResult result = harness.run(config().withLimits(new Limits(100, null, Duration.ofMillis(300))), slow);

    assertThat(result.status()).isEqualTo(RunStatus.TIME_LIMIT);
    assertThat(result.steps()).isEqualTo(1);
    assertThat(result.elapsedMs()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void stopsAtTheTimeLimitWhileWaitingForTheModel() {
    harness.server.enqueue(ScriptedModelServer.stream(SseReply.text("late").body()).newBuilder()
        .headersDelay(5, java.util.concurrent.TimeUnit.SECONDS).build());

    RunResult result = harness.run(config().withLimits(new Limits(100, null, Duration.ofMillis(400))));

    assertThat(result.status()).isEqualTo(RunStatus.TIME_LIMIT);
    assertThat(result.elapsedMs()).isLessThan(5000);
  }

  @Test
  void anUnknownToolBecomesAnErrorTheModelReads() {
    harness.server.reply(SseReply.call("grep:0", "grep", "{\"pattern\":\"sum\"}"));
    harness.server.reply(SseReply.text("done"));

    RunResult result = harness.run(config(), ScriptedTool.readFile("x"));

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    String answer = harness.server.lastBody().at("/messages/3/content").asText();
    assertThat(answer).contains("There is no tool named 'grep'").contains("read_file");
  }

  @Test
  void argumentsThatAreNotJsonBecomeAnErrorTheModelReads() {
    ScriptedTool read = ScriptedTool.readFile("x");
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\": \"A.java\""));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), read);

    assertThat(read.calls()).isEmpty();
    String answer = harness.server.lastBody().at("/messages/3/content").asText();
    assertThat(answer).contains("not valid JSON").contains("\"path\": <string>");
  }

  @Test
  void missingOrMistypedRequiredArgumentsBecomeErrorsTheModelReads() {
    ScriptedTool read = ScriptedTool.readFile("x");
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"start_line\": \"ten\"}"));
    harness.server.reply(SseReply.call("read_file:1", "read_file", "{\"path\": 42}"));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), read);

    assertThat(read.calls()).isEmpty();
    JsonNode messages = harness.server.lastBody().get("messages");
    assertThat(messages.at("/3/content").asText())
        .contains("missing required property 'path'").contains("'start_line' must be an integer, got a string \"ten\"");
    assertThat(messages.at("/5/content").asText()).contains("'path' must be a string, got an integer 42");
    assertThat(harness.listener.events(ToolFinished.class)).as("calls refused before the tool ran")
        .extracting(ToolFinished::refused).containsExactly(true, true);
  }

  @Test
  void aCallTheToolRanIsNotRefusedThoughItFailed() {
    ScriptedTool run = new ScriptedTool("run_command", "{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"}},\"required\":[\"command\"]}",
        args -> ToolResult.failure("exit 1"));
    harness.server.reply(SseReply.call("run_command:0", "run_command", "{\"command\":\"false\"}"));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), run);

    assertThat(harness.listener.events(ToolFinished.class)).singleElement()
        .satisfies(finished -> assertThat(finished.message().failed()).isTrue())
        .satisfies(finished -> assertThat(finished.refused()).isFalse());
  }

  @Test
  void theSameFailingCallGetsANudgeThenEndsTheRunAsStuck() {
    ScriptedTool run = new ScriptedTool("run_command", "{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"}},\"required\":[\"command\"]}",
        args -> ToolResult.failure("exit 1: mvn: command not found"));
    for (int i = 0; i < 4; i++) {
      harness.server.reply(SseReply.call("run_command:0", "run_command", "{\"command\":\"mvn test\"}"));
    }

    RunResult result = harness.run(config(), run);

    assertThat(result.status()).isEqualTo(RunStatus.STUCK);
    assertThat(result.steps()).isEqualTo(4);
    assertThat(result.detail()).contains("run_command").contains("mvn test");
    JsonNode last = harness.server.lastBody().get("messages");
    JsonNode nudge = last.get(last.size() - 1);
    assertThat(nudge.get("role").asText()).isEqualTo("user");
    assertThat(nudge.get("content").asText()).contains("exact call 3 times").contains("different approach");
  }

  @Test
  void aCallThatFailsDifferentlyEachTimeIsNotStuck() {
    int[] attempt = {0};
    ScriptedTool run = new ScriptedTool("run_command", "{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"}}}",
        args -> ToolResult.failure("Tests run: 3, Failures: " + (3 - attempt[0]++)));
    for (int i = 0; i < 4; i++) {
      harness.server.reply(SseReply.call("run_command:0", "run_command", "{\"command\":\"mvn test\"}"));
    }
    harness.server.reply(SseReply.text("done"));

    assertThat(harness.run(config(), run).status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void aReplyCutOffAtTheOutputLimitIsAskedToContinue() {
    harness.server.reply(SseReply.reply().content("The bug is in").finish("length"));
    harness.server.reply(SseReply.text("The bug is in sum(); fixed."));

    RunResult result = harness.run(config());

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.steps()).isEqualTo(2);
    JsonNode messages = harness.server.lastBody().get("messages");
    assertThat(messages.get(messages.size() - 1).get("content").asText()).contains("cut off");
  }

  @Test
  void aToolThatPrintsNothingStillAnswersWithText() {
    ScriptedTool quiet = new ScriptedTool("quiet_tool", "{\"type\":\"object\"}", args -> ToolResult.success(""));
    harness.server.reply(SseReply.call("quiet_tool:0", "quiet_tool", ""));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), quiet);

    assertThat(harness.server.lastBody().at("/messages/3/content").asText()).isEqualTo("(the tool printed nothing)");
  }

  @Test
  void capsLongToolOutputKeepingHeadAndTail() {
    String output = "HEAD\n" + "line of log output\n".repeat(5000) + "TAIL: BUILD FAILURE\n";
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"log\"}"));
    harness.server.reply(SseReply.text("done"));

    harness.run(config().withToolOutputMaxChars(2000), ScriptedTool.readFile(output));

    String sent = harness.server.lastBody().at("/messages/3/content").asText();
    assertThat(sent).startsWith("HEAD\n").endsWith("TAIL: BUILD FAILURE\n").contains("characters (").contains("cut here");
    assertThat(sent.length()).isLessThan(2200);
  }

  @Test
  void aFatalApiErrorEndsTheRunWithTheApisMessageAndATrajectory() throws Exception {
    harness.server.enqueue(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));

    RunResult result = harness.run(config());

    assertThat(result.status()).isEqualTo(RunStatus.MODEL_ERROR);
    assertThat(result.detail()).contains("rejected the API key");
    assertThat(harness.trajectoryTypes()).endsWith("run_finished");
  }

  @Test
  void retriesReachTheListener() {
    harness.server.enqueue(ScriptedModelServer.error(429, "engine_overloaded_error", "overloaded"));
    harness.server.reply(SseReply.text("done"));

    harness.run(config());

    assertThat(harness.listener.events(AgentEvent.ModelRetried.class)).singleElement()
        .satisfies(retry -> assertThat(retry.reason()).contains("overloaded"));
  }

  @Test
  void countsTokensAndCostPerRequestAndPerRun() {
    ScriptedTool read = ScriptedTool.readFile("x");
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}").usage(10_000, 0, 1_000));
    harness.server.reply(SseReply.text("done").usage(12_000, 10_000, 500));

    RunResult result = harness.run(config(), read);

    List<UsageRecorded> usage = harness.listener.events(UsageRecorded.class);
    assertThat(usage).extracting(UsageRecorded::usage)
        .containsExactly(new Usage(10_000, 0, 1_000), new Usage(12_000, 10_000, 500));
    assertThat(usage.get(0).costUsd()).isCloseTo(0.0095 + 0.004, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(usage.get(1).costUsd()).isCloseTo(0.0019 + 0.0016 + 0.002, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(result.usage()).isEqualTo(new Usage(22_000, 10_000, 1_500));
    assertThat(result.costUsd()).isCloseTo(0.0135 + 0.0055, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void leavesCostUnknownForAModelWithoutAPriceButStillCountsTokens() {
    harness.modelName("qwen3-coder-local");
    harness.server.reply(SseReply.text("done").usage(100, 0, 10));

    RunResult result = harness.run(config().withLimits(new Limits(100, 1.0, null)));

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.costUsd()).isNull();
    assertThat(result.usage()).isEqualTo(new Usage(100, 0, 10));
    assertThat(harness.listener.events(UsageRecorded.class)).singleElement()
        .satisfies(used -> assertThat(used.costUsd()).isNull());
  }

  @Test
  void pricesAModelFromAnOverride() {
    harness.modelName("qwen3-coder-local");
    harness.server.reply(SseReply.text("done").usage(1_000_000, 0, 1_000_000));

    RunResult result = harness.run(config().withPricing(dev.fixer.core.cost.Pricing.builtIn()
        .with("qwen3-coder-local", new dev.fixer.core.cost.ModelPrice(0.5, 0.1, 2.0))));

    assertThat(result.costUsd()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void streamsDeltasToTheListenerButNotIntoTheTrajectory() throws Exception {
    harness.server.reply(SseReply.reply().reasoning("think").content("an", "swer"));

    harness.run(config());

    assertThat(harness.listener.events(StreamDelta.class)).extracting(StreamDelta::text)
        .containsExactly("think", "an", "swer");
    assertThat(harness.trajectoryTypes()).doesNotContain("delta");
  }

  @Test
  void writesOneEventPerLineForEveryStepWithSecretsRedacted() throws Exception {
    AgentHarness withToken = new AgentHarness("ghp_0123456789abcdefghijklmnopqrstuvwxyz");
    try (withToken) {
      ScriptedTool env = new ScriptedTool("print_env", "{\"type\":\"object\"}", args -> ToolResult.success(
          "GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyz\nKIMI_API_KEY=" + AgentHarness.API_KEY));
      withToken.server.reply(SseReply.reply().reasoning("check env").toolCall(0, "print_env:0", "print_env", "{}", 1)
          .usage(100, 0, 10));
      withToken.server.reply(SseReply.text("done").usage(200, 100, 5));

      withToken.run(config(), env);

      String text = Files.readString(withToken.trajectory);
      assertThat(text).doesNotContain("ghp_0123456789abcdefghijklmnopqrstuvwxyz").doesNotContain(AgentHarness.API_KEY)
          .contains("GITHUB_TOKEN=[REDACTED]");
      assertThat(withToken.trajectoryTypes()).containsExactly("run_started", "message", "message",
          "model_request", "assistant", "usage", "tool_call", "tool_result",
          "model_request", "assistant", "usage", "run_finished");
      JsonNode assistant = withToken.trajectoryLines().get(4);
      assertThat(assistant.at("/message/reasoning").asText()).isEqualTo("check env");
      assertThat(assistant.get("elapsed_ms").isNumber()).isTrue();
      assertThat(withToken.trajectoryLines().get(11).at("/result/status").asText()).isEqualTo("COMPLETED");
    }
  }

  @Test
  void theListenerSeesTheSameEventsAsTheTrajectory() throws Exception {
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}"));
    harness.server.reply(SseReply.text("done"));

    harness.run(config(), ScriptedTool.readFile("x"));

    assertThat(harness.listener.events().stream().filter(e -> !(e instanceof StreamDelta)).count())
        .isEqualTo(harness.trajectoryLines().size());
    assertThat(harness.listener.events(ToolFinished.class)).singleElement()
        .satisfies(done -> assertThat(done.message().content()).isEqualTo("x"));
  }
}
