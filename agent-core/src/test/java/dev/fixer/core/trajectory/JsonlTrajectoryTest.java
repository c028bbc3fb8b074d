package dev.fixer.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.SystemMessage;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.Usage;
import dev.fixer.core.text.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlTrajectoryTest {

  @TempDir
  Path dir;

  private static final List<AgentEvent> EVERY_KIND = List.of(
      new AgentEvent.RunStarted("run-1", "kimi-k2.6", List.of("read_file"), 100, 2.5, 600_000L),
      new AgentEvent.MessageAdded(0, new SystemMessage("be good")),
      new AgentEvent.MessageAdded(1, new UserMessage("fix #7", List.of("data:image/png;base64,AA"))),
      new AgentEvent.ModelRequested(1, 2, 1234, 0),
      new AgentEvent.ModelRetried(1, 1, 7000, "overloaded"),
      new AgentEvent.AssistantReplied(1, 2, new AssistantMessage(null, "",
          List.of(new ToolCall("read_file:0", "read_file", "{\"path\":\"A\"}"))), "tool_calls"),
      new AgentEvent.UsageRecorded(1, new Usage(10, 5, 2), 0.001, new Usage(10, 5, 2), 0.001),
      new AgentEvent.ToolStarted(1, new ToolCall("read_file:0", "read_file", "{\"path\":\"A\"}")),
      new AgentEvent.ToolFinished(1, 3, new ToolMessage("read_file:0", "read_file", "class A {}", false), 12),
      new AgentEvent.ToolFinished(1, 4, new ToolMessage("finish:1", "finish", "The run ends here.", false), 3,
          "Fixed the sum."),
      new AgentEvent.AttemptStarted(2, "verification failed"),
      new AgentEvent.ContextElided(2, List.of(3), 9000, 3000, "near the context window"),
      new AgentEvent.RunResumed("run-1", 1, List.of("read_file:0")),
      new AgentEvent.RunFinished(new RunResult(RunStatus.COMPLETED, "done", "", 2, new Usage(10, 5, 2), null, 4242)));

  @Test
  void readsBackEveryKindOfEventItWrote() throws IOException {
    Path file = dir.resolve("t.jsonl");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.NONE)) {
      for (int i = 0; i < EVERY_KIND.size(); i++) {
        trajectory.record(EVERY_KIND.get(i), i * 10L);
      }
      trajectory.sync();
    }

    List<Trajectory.Entry> read = JsonlTrajectory.read(file);

    assertThat(read).extracting(Trajectory.Entry::event).containsExactlyElementsOf(EVERY_KIND);
    assertThat(read.get(3).elapsedMs()).isEqualTo(30);
    assertThat(Files.readAllLines(file)).hasSize(EVERY_KIND.size())
        .allSatisfy(line -> assertThat(line).startsWith("{\"type\":\"").contains("\"time\":\"").contains("\"elapsed_ms\":"));
  }

  @Test
  void keepsAnEmptyReasoningStringDistinctFromAMissingOne() throws IOException {
    Path file = dir.resolve("t.jsonl");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.NONE)) {
      trajectory.record(new AgentEvent.AssistantReplied(1, 2, new AssistantMessage("a", "", List.of()), "stop"), 0);
      trajectory.record(new AgentEvent.AssistantReplied(2, 3, new AssistantMessage("b", null, List.of()), "stop"), 0);
    }

    List<Trajectory.Entry> read = JsonlTrajectory.read(file);

    assertThat(((AgentEvent.AssistantReplied) read.get(0).event()).message().reasoning()).isEqualTo("");
    assertThat(((AgentEvent.AssistantReplied) read.get(1).event()).message().reasoning()).isNull();
  }

  @Test
  void dropsALastLineTornByACrashAndAppendsAfterIt() throws IOException {
    Path file = dir.resolve("t.jsonl");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.NONE)) {
      trajectory.record(EVERY_KIND.get(0), 0);
    }
    Files.writeString(file, "{\"type\":\"message\",\"index\":0,\"mess", StandardOpenOption.APPEND);

    try (JsonlTrajectory reopened = JsonlTrajectory.open(file, Redactor.NONE)) {
      assertThat(reopened.recorded()).extracting(Trajectory.Entry::event).containsExactly(EVERY_KIND.get(0));
      reopened.record(EVERY_KIND.get(1), 5);
    }

    assertThat(JsonlTrajectory.read(file)).extracting(Trajectory.Entry::event)
        .containsExactly(EVERY_KIND.get(0), EVERY_KIND.get(1));
  }

  @Test
  void refusesACorruptLineInTheMiddleNamingIt() throws IOException {
    Path file = dir.resolve("t.jsonl");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.NONE)) {
      trajectory.record(EVERY_KIND.get(0), 0);
    }
    Files.writeString(file, "garbage\n{\"type\":\"message\"}\n", StandardOpenOption.APPEND);

    assertThatThrownBy(() -> JsonlTrajectory.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2 of the trajectory");
  }

  @Test
  void refusesToStartANewRunInAFileThatHoldsOne() throws IOException {
    Path file = dir.resolve("t.jsonl");
    Files.writeString(file, "{}\n");

    assertThatThrownBy(() -> JsonlTrajectory.create(file, Redactor.NONE))
        .isInstanceOf(IOException.class).hasMessageContaining("already holds a run");
  }

  @Test
  void createsItsDirectory() throws IOException {
    Path file = dir.resolve("a/b/t.jsonl");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.NONE)) {
      trajectory.record(EVERY_KIND.get(0), 0);
    }
    assertThat(file).exists();
  }

  @Test
  void redactsSecretsInEveryLine() throws IOException {
    Path file = dir.resolve("t.jsonl");
    String key = "sk-abcdefghijklmnopqrstuvwxyz012345";
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.of(List.of("hunter2-hunter2")))) {
      trajectory.record(new AgentEvent.ToolFinished(1, 3, new ToolMessage("c", "run_command",
          "PASSWORD=hunter2-hunter2 KEY=" + key + " Authorization: Bearer abcdefghijklmnop1234", false), 1), 0);
    }

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("hunter2-hunter2").doesNotContain(key).doesNotContain("abcdefghijklmnop1234")
        .contains("PASSWORD=[REDACTED]");
  }
}
