package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.MarkerTools;
import dev.fixer.core.testing.SseReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A run in another JVM is killed with SIGKILL in the middle of a tool call, then resumed here. */
class ResumeAfterKillIT {

  @Test
  void resumesAKilledRunWithoutRerunningFinishedTools() throws Exception {
    try (AgentHarness harness = new AgentHarness()) {
      Path marks = harness.dir.resolve("marks.txt");
      harness.server.reply(SseReply.reply().reasoning("mark a first")
          .toolCall(0, "write_marker:0", "write_marker", "{\"name\":\"a\"}", 2));
      harness.server.reply(SseReply.reply().reasoning("then b, then hang")
          .toolCall(0, "write_marker:0", "write_marker", "{\"name\":\"b\"}", 2)
          .toolCall(1, "hang:1", "hang", "{}", 1).usage(1000, 0, 50));

      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), KillableRunMain.class.getName(),
          harness.server.baseUrl(), harness.trajectory.toString(), marks.toString())
          .redirectErrorStream(true).redirectOutput(harness.dir.resolve("child.log").toFile()).start();
      awaitMark(marks, "hang started", child);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(harness.trajectoryTypes()).doesNotContain("run_finished").endsWith("tool_call");

      harness.server.reply(SseReply.text("Marked a and b; the hang finished."));
      RunResult result = harness.resume(AgentConfig.DEFAULT, MarkerTools.marker(marks), MarkerTools.hang(marks, false));

      assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(result.steps()).isEqualTo(3);
      assertThat(result.usage().promptTokens()).isEqualTo(1000);
      assertThat(MarkerTools.marks(marks)).containsExactly("ran a", "ran b", "hang started", "hang started");
      JsonNode messages = harness.server.lastBody().get("messages");
      assertThat(messages).hasSize(7);
      assertThat(messages.get(2).get("reasoning_content").asText()).isEqualTo("mark a first");
      assertThat(messages.get(5).get("content").asText()).isEqualTo("marked b");
      assertThat(messages.get(6).get("tool_call_id").asText()).isEqualTo("hang:1");
      assertThat(messages.get(6).get("content").asText()).isEqualTo("hang finished");
      assertThat(harness.trajectoryTypes()).contains("run_resumed").endsWith("run_finished");
    }
  }

  private static void awaitMark(Path marks, String mark, Process child) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (!MarkerTools.marks(marks).contains(mark)) {
      if (!child.isAlive() || Instant.now().isAfter(giveUp)) {
        throw new AssertionError("the child run never reached '" + mark + "'; its log:\n"
            + Files.readString(marks.resolveSibling("child.log")));
      }
      Thread.sleep(50);
    }
  }
}
