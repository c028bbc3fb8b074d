package dev.fixer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.agent.Agent;
import dev.fixer.core.agent.AgentConfig;
import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.ContextPolicy;
import dev.fixer.core.agent.RunResult;
import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.prompt.Prompts;
import dev.fixer.core.prompt.RepoFacts;
import dev.fixer.core.testing.NoDelayServerSockets;
import dev.fixer.core.testing.RecordingListener;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.ScriptedTool;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.text.Redactor;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.core.trajectory.JsonlTrajectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Tokens sent per step on a fixed 30-step script (29 tool calls whose outputs cycle through 4, 12 and
 * 24 thousand characters, then an answer), under different context policies. The server counts a
 * token per 4 bytes of the messages and tools, and counts as cached the prefix the request shares
 * with the one before, as prefix caching does.
 */
final class TokensPerStepBench {

  static final int STEPS = 30;
  private static final int[] SIZES = {4_000, 12_000, 24_000};
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Usage of each step under one policy. */
  record Result(String name, RunResult run, List<AgentEvent.UsageRecorded> usage, int elisions) {}

  private TokensPerStepBench() {}

  static Result run(String name, ContextPolicy policy) throws IOException {
    RecordingListener listener = new RecordingListener();
    ScriptedTool read = new ScriptedTool("read_file",
        "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},\"size\":{\"type\":\"integer\"}},\"required\":[\"path\"]}",
        args -> ToolResult.success(text(args.path("size").asInt(1000))));
    try (MockWebServer server = new MockWebServer()) {
      server.setServerSocketFactory(new NoDelayServerSockets());
      server.setDispatcher(new PrefixCachingServer());
      server.start(InetAddress.getLoopbackAddress(), 0);
      String base = server.url("/v1").toString().replaceAll("/$", "");
      ModelSettings settings = ModelSettings.builder().baseUrl(base).apiKey("sk-bench").build();
      Agent agent = Agent.builder(ChatCompletionsModel.create(settings)).tools(List.of(read)).listener(listener)
          .config(AgentConfig.DEFAULT.withContext(policy).withSyncEachStep(false)).build();
      try (JsonlTrajectory trajectory = JsonlTrajectory.create(
          Files.createTempDirectory("fixer-bench").resolve("t.jsonl"), Redactor.NONE)) {
        RunResult result = agent.run(Prompts.opening(new IssueText("#1", "Sum is off by one",
            "Calculator.sum(2, 2) returns 5."), RepoFacts.UNKNOWN), trajectory);
        return new Result(name, result, listener.events(AgentEvent.UsageRecorded.class),
            listener.events(AgentEvent.ContextElided.class).size());
      }
    }
  }

  private static String text(int size) {
    StringBuilder text = new StringBuilder(size);
    for (int line = 0; text.length() < size; line++) {
      text.append(String.format("%5d  int total = values[%d] + offset; // carried over%n", line, line));
    }
    return text.substring(0, size);
  }

  /** Answers by script, with usage counted from the request as described above. */
  private static final class PrefixCachingServer extends Dispatcher {
    private String previous = "";
    private int step;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        JsonNode body = JSON.readTree(request.getBody().utf8());
        String prompt = body.get("tools") + "" + body.get("messages");
        int shared = 0;
        int limit = Math.min(prompt.length(), previous.length());
        while (shared < limit && prompt.charAt(shared) == previous.charAt(shared)) {
          shared++;
        }
        previous = prompt;
        step++;
        SseReply reply = step < STEPS
            ? SseReply.call("read_file:0", "read_file",
                "{\"path\":\"F" + step + ".java\",\"size\":" + SIZES[(step - 1) % SIZES.length] + "}")
            : SseReply.text("Fixed: sum() added one too many.");
        reply.usage(prompt.length() / 4, shared / 4, 80);
        return ScriptedModelServer.stream(reply.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
