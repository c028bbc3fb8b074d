package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What happens when fixer itself goes wrong, or the run is stopped from outside. */
class AgentFailureTest {

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aBugInAToolPropagatesAfterTheTrajectoryRecordsIt() throws Exception {
    ScriptedTool broken = new ScriptedTool("broken_tool", "{\"type\":\"object\"}", args -> {
      throw new IllegalStateException("index out of range in broken_tool");
    });
    harness.server.reply(SseReply.call("broken_tool:0", "broken_tool", "{}"));

    assertThatThrownBy(() -> harness.run(AgentConfig.DEFAULT, broken))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("index out of range");

    List<JsonNode> lines = harness.trajectoryLines();
    JsonNode last = lines.get(lines.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("run_finished");
    assertThat(last.at("/result/status").asText()).isEqualTo("FAILED");
    assertThat(last.at("/result/detail").asText()).contains("index out of range in broken_tool");
  }

  @Test
  void anInterruptedRunEndsResumableWithTheInterruptKept() throws Exception {
    ScriptedTool stopped = new ScriptedTool("stopped_tool", "{\"type\":\"object\"}", args -> {
      throw new InterruptedException("stop requested");
    });
    harness.server.reply(SseReply.call("stopped_tool:0", "stopped_tool", "{}"));

    RunResult result = harness.run(AgentConfig.DEFAULT, stopped);

    assertThat(result.status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(result.detail()).contains("resume");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(harness.trajectoryTypes()).endsWith("tool_call", "run_finished");
  }

  @Test
  void refusesTwoToolsWithOneName() {
    assertThatThrownBy(() -> harness.agent(AgentConfig.DEFAULT, ScriptedTool.readFile("a"), ScriptedTool.readFile("b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two tools are named 'read_file'");
  }

  @Test
  void refusesAStepLimitAboveTheHardCap() {
    assertThatThrownBy(() -> new Limits(4001, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 4000");
  }
}
