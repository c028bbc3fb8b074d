package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.tool.FinishReview;
import dev.fixer.core.tool.FinishTool;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ending a run through the finish tool, and what requireFinish does with a reply without tool calls. */
class FinishTest {

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();

  private final FinishTool finish = new FinishTool(FinishReview.NONE);

  private static AgentConfig config() {
    return AgentConfig.DEFAULT.withSyncEachStep(false);
  }

  private static SseReply finishCall(String id, String summary) {
    return SseReply.call(id, "finish", "{\"summary\": \"" + summary + "\"}");
  }

  @Test
  void finishEndsTheRunAsCompletedWithItsSummary() throws Exception {
    harness.server.reply(SseReply.reply().content("All tests pass now.")
        .toolCall(0, "finish:0", "finish", "{\"summary\": \"sum() added one too many; fixed, SumTest passes.\"}", 2));

    RunResult result = harness.run(config(), finish);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("sum() added one too many; fixed, SumTest passes.");
    assertThat(result.steps()).isEqualTo(1);
    assertThat(harness.trajectoryTypes()).endsWith("tool_call", "tool_result", "run_finished");
    JsonNode finished = harness.trajectoryLines().get(harness.trajectoryLines().size() - 2);
    assertThat(finished.get("finish_summary").asText()).isEqualTo("sum() added one too many; fixed, SumTest passes.");
    assertThat(finished.at("/message/content").asText()).isEqualTo("The run ends here.");
  }

  @Test
  void callsAfterFinishInTheSameReplyAreAnsweredButNotRun() throws Exception {
    ScriptedTool read = ScriptedTool.readFile("x");
    harness.server.reply(SseReply.reply()
        .toolCall(0, "finish:0", "finish", "{\"summary\": \"Fixed.\"}", 1)
        .toolCall(1, "read_file:1", "read_file", "{\"path\": \"A.java\"}", 1));

    RunResult result = harness.run(config(), finish, read);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("Fixed.");
    assertThat(read.calls()).isEmpty();
    assertThat(harness.listener.events(AgentEvent.ToolStarted.class)).extracting(started -> started.call().name())
        .containsExactly("finish");
    assertThat(harness.listener.events(AgentEvent.ToolFinished.class)).last().satisfies(skipped -> {
      assertThat(skipped.message().toolCallId()).isEqualTo("read_file:1");
      assertThat(skipped.message().failed()).isTrue();
      assertThat(skipped.message().content()).isEqualTo("not run: the run ended with finish before this call");
      assertThat(skipped.finishSummary()).isNull();
    });
  }

  @Test
  void anObjectionIsWhatTheModelReadsAndItMayFinishAgain() {
    List<String> reviewed = new ArrayList<>();
    FinishTool reviewedFinish = new FinishTool((summary, keep) -> {
      reviewed.add(summary);
      return reviewed.size() == 1 ? Optional.of("Your change leaves repro.py behind: delete it.") : Optional.empty();
    });
    harness.server.reply(finishCall("finish:0", "First try."));
    harness.server.reply(finishCall("finish:0", "Second try, repro.py deleted."));

    RunResult result = harness.run(config(), reviewedFinish);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("Second try, repro.py deleted.");
    assertThat(result.steps()).isEqualTo(2);
    assertThat(reviewed).containsExactly("First try.", "Second try, repro.py deleted.");
    JsonNode answer = harness.server.lastBody().at("/messages/3");
    assertThat(answer.get("role").asText()).isEqualTo("tool");
    assertThat(answer.get("content").asText()).isEqualTo("Your change leaves repro.py behind: delete it.");
  }

  @Test
  void resumingARunEndedByFinishGivesBackItsSummaryWithoutCallingTheModel() throws Exception {
    harness.server.reply(finishCall("finish:0", "Fixed the sum."));
    RunResult first = harness.run(config(), finish);

    RunResult again = harness.resume(config(), finish);

    assertThat(again).isEqualTo(first);
    assertThat(again.summary()).isEqualTo("Fixed the sum.");
    assertThat(harness.server.requests()).hasSize(1);
  }

  @Test
  void aRunKilledRightAfterItsFinishEndsOnResumeWithThatSummaryAndRunsNothingMore() throws Exception {
    ScriptedTool read = ScriptedTool.readFile("x");
    harness.server.reply(SseReply.reply()
        .toolCall(0, "finish:0", "finish", "{\"summary\": \"Fixed.\"}", 1)
        .toolCall(1, "read_file:1", "read_file", "{\"path\": \"A.java\"}", 1));
    harness.run(config(), finish, read);
    keepLinesThroughTheFinish();

    RunResult resumed = harness.resume(config(), finish, read);

    assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(resumed.summary()).isEqualTo("Fixed.");
    assertThat(read.calls()).isEmpty();
    assertThat(harness.server.requests()).hasSize(1);
    assertThat(harness.trajectoryTypes()).endsWith("tool_result", "run_resumed", "tool_result", "run_finished");
  }

  @Test
  void withRequireFinishAReplyWithoutToolCallsIsRemindedToCallFinish() {
    harness.server.reply(SseReply.text("I think it is fixed."));
    harness.server.reply(finishCall("finish:0", "Fixed sum(); SumTest passes."));

    RunResult result = harness.run(config().withRequireFinish(true), finish);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("Fixed sum(); SumTest passes.");
    JsonNode messages = harness.server.lastBody().get("messages");
    assertThat(messages).hasSize(4);
    assertThat(messages.get(3).get("role").asText()).isEqualTo("user");
    assertThat(messages.get(3).get("content").asText()).contains("call the finish tool with your summary")
        .contains("otherwise go on with tool calls");
  }

  @Test
  void withRequireFinishASecondReplyInARowWithoutToolCallsEndsTheRunWithItsText() throws Exception {
    harness.server.reply(SseReply.text("I think it is fixed."));
    harness.server.reply(SseReply.text("It is fixed: sum() no longer adds one."));

    RunResult result = harness.run(config().withRequireFinish(true), finish);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("It is fixed: sum() no longer adds one.");
    assertThat(result.steps()).isEqualTo(2);
    assertThat(harness.trajectoryTypes()).containsSubsequence("assistant", "usage", "message", "model_request");
  }

  @Test
  void withRequireFinishTheReminderComesAgainAfterTheModelWentBackToWork() {
    harness.server.reply(SseReply.text("Looks done."));
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\": \"A.java\"}"));
    harness.server.reply(SseReply.text("Now it is done."));
    harness.server.reply(SseReply.text("Really done."));

    RunResult result = harness.run(config().withRequireFinish(true), finish, ScriptedTool.readFile("x"));

    assertThat(result.summary()).isEqualTo("Really done.");
    assertThat(result.steps()).isEqualTo(4);
    assertThat(harness.server.lastBody().get("messages")).filteredOn(m -> m.path("content").asText().contains("call the finish tool"))
        .hasSize(2);
  }

  /** Leaves the trajectory as a process killed right after writing the finish's result would. */
  private void keepLinesThroughTheFinish() throws Exception {
    List<String> lines = Files.readAllLines(harness.trajectory);
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      kept.add(line);
      if (line.contains("\"finish_summary\"")) {
        break;
      }
    }
    Files.write(harness.trajectory, kept);
  }
}
