package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.trajectory.JsonlTrajectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResumeTest {

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();


  @Test
  void returnsACompletedRunAsItWasWithoutCallingTheModel() throws Exception {
    harness.server.reply(SseReply.text("all done").usage(50, 0, 5));
    RunResult first = harness.run(AgentConfig.DEFAULT);

    RunResult again = harness.resume(AgentConfig.DEFAULT);

    assertThat(again).isEqualTo(first);
    assertThat(harness.server.requests()).hasSize(1);
  }

  @Test
  void continuesARunStoppedByABudgetUnderNewLimitsWithItsHistoryAndTotals() throws Exception {
    ScriptedTool read = ScriptedTool.readFile("class A {}");
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}").usage(100, 0, 10));
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"B\"}").usage(200, 100, 10));
    RunResult stopped = harness.run(AgentConfig.DEFAULT.withLimits(new Limits(2, null, null)), read);
    assertThat(stopped.status()).isEqualTo(RunStatus.STEP_LIMIT);

    harness.server.reply(SseReply.text("done").usage(300, 200, 10));
    RunResult resumed = harness.resume(AgentConfig.DEFAULT.withLimits(new Limits(10, null, null)), read);

    assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(resumed.steps()).isEqualTo(3);
    assertThat(resumed.usage().promptTokens()).isEqualTo(600);
    assertThat(resumed.usage().cachedTokens()).isEqualTo(300);
    assertThat(read.calls()).hasSize(2);
    assertThat(harness.server.lastBody().get("messages")).hasSize(7);
    assertThat(harness.server.lastBody().at("/messages/4/content").asText()).startsWith("Your budget is running low");
    assertThat(harness.server.bodies().get(2).get("messages").get(0))
        .isEqualTo(harness.server.bodies().get(0).get("messages").get(0));
  }

  @Test
  void keepsTheSameRunIdAcrossAResume() throws Exception {
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"A\"}"));
    harness.run(AgentConfig.DEFAULT.withLimits(new Limits(1, null, null)), ScriptedTool.readFile("x"));
    harness.server.reply(SseReply.text("done"));

    harness.resume(AgentConfig.DEFAULT, ScriptedTool.readFile("x"));

    var lines = harness.trajectoryLines();
    String runId = lines.get(0).get("run_id").asText();
    assertThat(lines).filteredOn(line -> line.get("type").asText().equals("run_resumed"))
        .singleElement().satisfies(line -> assertThat(line.get("run_id").asText()).isEqualTo(runId));
  }

  @Test
  void refusesAFileThatIsNotARunsTrajectory() throws Exception {
    Path notATrajectory = harness.dir.resolve("notes.jsonl");
    Files.writeString(notATrajectory, "{\"type\":\"message\",\"index\":0,\"message\":{\"role\":\"user\",\"content\":\"hi\"}}\n");

    try (JsonlTrajectory file = JsonlTrajectory.open(notATrajectory, Redactor.NONE)) {
      assertThatThrownBy(() -> harness.agent(AgentConfig.DEFAULT).resume(file))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not begin with run_started");
    }
  }
}
