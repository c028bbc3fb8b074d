package dev.fixer.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentConfig;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.AgentEvent.StreamDelta;
import dev.fixer.core.agent.AgentEvent.ToolStarted;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.Usage;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.testing.AgentHarness;
import dev.fixer.core.testing.RecordingListener;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReplayModelTest {

  private static final String READ_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}";
  private static final ModelRequest REQUEST = new ModelRequest(List.of(new UserMessage("fix it")), List.of());

  @RegisterExtension
  final AgentHarness harness = new AgentHarness();

  @TempDir
  Path dir;

  private static AgentConfig config() {
    return AgentConfig.DEFAULT.withSyncEachStep(false);
  }

  private static ScriptedTool readFile() {
    return new ScriptedTool("read_file", READ_SCHEMA, args -> ToolResult.success("contents of " + args.get("path").asText()));
  }

  private RunResult replay(Path file, RecordingListener listener, Tool... tools) throws IOException {
    Agent agent = Agent.builder(ReplayModel.fromFile(file)).tools(List.of(tools)).config(config())
        .listener(listener).build();
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(dir.resolve("replayed.jsonl"), Redactor.NONE)) {
      return agent.run(Prompts.opening(new IssueText("#7", "Sum is off by one", "Calculator.sum(2, 2) returns 5."),
          RepoFacts.UNKNOWN), trajectory);
    }
  }

  private Path file(String... lines) throws IOException {
    Path file = dir.resolve("hand-written.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void aRecordedRunReplaysTheSameToolCallsInOrderAndTheSameSummaryWithoutCallingTheModel() throws IOException {
    harness.server.reply(SseReply.reply().reasoning("Read both files first.")
        .toolCall(0, "read_file:0", "read_file", "{\"path\":\"Calculator.java\"}", 3)
        .toolCall(1, "read_file:1", "read_file", "{\"path\":\"CalculatorTest.java\"}", 2));
    harness.server.reply(SseReply.call("read_file:0", "read_file", "{\"path\":\"Sum.java\"}"));
    harness.server.reply(SseReply.text("Fixed the off-by-one in Calculator.sum."));
    ScriptedTool recordedTool = readFile();
    RunResult recorded = harness.run(config(), recordedTool);
    int modelRequests = harness.server.requests().size();

    ScriptedTool replayedTool = readFile();
    RecordingListener listener = new RecordingListener();
    RunResult replayed = replay(harness.trajectory, listener, replayedTool);

    assertThat(recorded.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(replayed.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(replayed.summary()).isEqualTo(recorded.summary()).isEqualTo("Fixed the off-by-one in Calculator.sum.");
    assertThat(replayed.steps()).isEqualTo(recorded.steps());
    assertThat(replayed.usage()).isEqualTo(Usage.ZERO);
    assertThat(replayedTool.calls()).containsExactlyElementsOf(recordedTool.calls()).hasSize(3);
    assertThat(calls(listener)).containsExactlyElementsOf(calls(harness.listener));
    assertThat(listener.events(StreamDelta.class)).filteredOn(StreamDelta::reasoning)
        .extracting(StreamDelta::text).containsExactly("Read both files first.");
    assertThat(harness.server.requests()).hasSize(modelRequests);
  }

  @Test
  void aHandWrittenFileOfMinimalAssistantLinesDrivesARun() throws IOException {
    Path file = file(
        "{\"type\":\"assistant\",\"step\":1,\"index\":2,\"message\":{\"content\":null,\"reasoning\":\"Look first.\","
            + "\"tool_calls\":[{\"id\":\"call_1\",\"name\":\"read_file\","
            + "\"arguments\":\"{\\\"path\\\":\\\"src/main/java/demo/Calc.java\\\"}\"}]}}",
        "{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"call_2\",\"name\":\"read_file\","
            + "\"arguments\":\"{\\\"path\\\":\\\"README.md\\\"}\"}]}}",
        "{\"type\":\"assistant\",\"message\":{\"content\":\"Fixed the off-by-one in Calc.sum.\"}}");
    ScriptedTool read = readFile();

    RunResult result = replay(file, new RecordingListener(), read);

    assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(result.summary()).isEqualTo("Fixed the off-by-one in Calc.sum.");
    assertThat(read.calls()).extracting(args -> args.get("path").asText())
        .containsExactly("src/main/java/demo/Calc.java", "README.md");
  }

  @Test
  void passesReasoningTextAndToolCallsToTheListenerAndNamesTheFinishReason() throws Exception {
    ReplayModel model = ReplayModel.fromFile(file(
        "{\"type\":\"assistant\",\"message\":{\"reasoning\":\"Hm.\",\"content\":\"Reading.\","
            + "\"tool_calls\":[{\"id\":\"c\",\"name\":\"read_file\",\"arguments\":\"{}\"}]}}",
        "{\"type\":\"assistant\",\"message\":{\"content\":\"Done.\"}}"));
    List<String> heard = new ArrayList<>();
    ModelListener listener = new ModelListener() {
      @Override
      public void onReasoning(String delta) {
        heard.add("reasoning " + delta);
      }

      @Override
      public void onContent(String delta) {
        heard.add("content " + delta);
      }

      @Override
      public void onToolCallStarted(int index, String name) {
        heard.add("tool " + index + " " + name);
      }
    };

    ModelReply first = model.complete(REQUEST, listener);
    ModelReply second = model.complete(REQUEST, listener);

    assertThat(model.name()).isEqualTo("replay");
    assertThat(model.turns()).isEqualTo(2);
    assertThat(heard).containsExactly("reasoning Hm.", "content Reading.", "tool 0 read_file", "content Done.");
    assertThat(first.finishReason()).isEqualTo("tool_calls");
    assertThat(first.message().toolCalls()).containsExactly(new ToolCall("c", "read_file", "{}"));
    assertThat(first.usage()).isEqualTo(Usage.ZERO);
    assertThat(second.finishReason()).isEqualTo("stop");
    assertThat(second.message().reasoning()).isNull();
  }

  @Test
  void runningOutOfTurnsIsABadRequestNamingTheFileAndTheRequest() throws Exception {
    Path file = file("{\"type\":\"assistant\",\"message\":{\"content\":\"Done.\"}}");
    ReplayModel model = ReplayModel.fromFile(file);
    model.complete(REQUEST, ModelListener.NONE);

    assertThatThrownBy(() -> model.complete(REQUEST, ModelListener.NONE))
        .isInstanceOfSatisfying(FatalModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(FatalModelException.Kind.BAD_REQUEST);
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage())
              .isEqualTo("the replay file " + file + " has no model turn left for request 2 (it holds 1 turns)");
        });
  }

  @Test
  void skippingTurnsStartsAResumedRunWhereItStopped() throws Exception {
    Path file = file("{\"type\":\"assistant\",\"message\":{\"content\":\"one\"}}",
        "{\"type\":\"assistant\",\"message\":{\"content\":\"two\"}}");

    ReplayModel model = ReplayModel.fromFile(file).skip(1);

    assertThat(model.complete(REQUEST, ModelListener.NONE).message().content()).isEqualTo("two");
  }

  @Test
  void aRunThatOutlastsTheFileEndsWithAModelError() throws IOException {
    Path file = file("{\"type\":\"assistant\",\"message\":{\"tool_calls\":[{\"id\":\"c\",\"name\":\"read_file\","
        + "\"arguments\":\"{\\\"path\\\":\\\"A\\\"}\"}]}}");

    RunResult result = replay(file, new RecordingListener(), readFile());

    assertThat(result.status()).isEqualTo(RunStatus.MODEL_ERROR);
    assertThat(result.detail()).contains("no model turn left for request 2");
  }

  @Test
  void aFileWithoutAssistantLinesIsRefusedNamingIt() throws IOException {
    Path file = dir.resolve("no-turns.jsonl");
    try (JsonlTrajectory trajectory = JsonlTrajectory.create(file, Redactor.NONE)) {
      trajectory.record(new AgentEvent.RunStarted("run-1", "kimi-k2.6", List.of("read_file"), 100, null, null), 0);
      trajectory.record(new AgentEvent.MessageAdded(1, new UserMessage("fix #7")), 1);
    }

    assertThatThrownBy(() -> ReplayModel.fromFile(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("the replay file " + file + " holds no model turns (\"assistant\" lines)");
  }

  @Test
  void aLineThatIsNotAnEventIsRefusedByNumberEvenWhenItIsTheLast() throws IOException {
    Path middle = file("{\"type\":\"assistant\",\"message\":{\"content\":\"a\"}}", "{not json",
        "{\"type\":\"assistant\",\"message\":{\"content\":\"b\"}}");
    assertThatThrownBy(() -> ReplayModel.fromFile(middle)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2 of the trajectory " + middle);

    Path last = dir.resolve("unterminated.jsonl");
    Files.writeString(last, "{\"type\":\"assistant\",\"message\":{\"content\":\"a\"}}\n{\"type\":\"assistant\",\"mess");
    assertThatThrownBy(() -> ReplayModel.fromFile(last)).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2 of the trajectory " + last);
  }

  @Test
  void anAssistantLineWithoutAMessageIsRefused() throws IOException {
    Path file = file("{\"type\":\"assistant\",\"step\":1}");

    assertThatThrownBy(() -> ReplayModel.fromFile(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("\"assistant\" line 1 of the replay file " + file + " has no \"message\"");
  }

  @Test
  void aMissingFileIsRefusedNamingIt() {
    Path file = dir.resolve("nowhere.jsonl");

    assertThatThrownBy(() -> ReplayModel.fromFile(file)).isInstanceOf(IOException.class)
        .hasMessage("there is no replay file at " + file);
  }

  @Test
  void concurrentRequestsEachGetADifferentTurn() throws Exception {
    int turns = 200;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < turns; i++) {
      lines.add("{\"type\":\"assistant\",\"message\":{\"content\":\"turn " + i + "\"}}");
    }
    ReplayModel model = ReplayModel.fromFile(file(lines.toArray(String[]::new)));
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < turns; i++) {
        futures.add(pool.submit(() -> seen.add(model.complete(REQUEST, ModelListener.NONE).message().content())));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(seen).hasSize(turns);
  }

  private static List<ToolCall> calls(RecordingListener listener) {
    return listener.events(ToolStarted.class).stream().map(ToolStarted::call).toList();
  }
}
