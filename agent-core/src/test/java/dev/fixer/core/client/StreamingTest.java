package dev.fixer.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.Usage;
import dev.fixer.core.testing.RecordingSleeper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.core.testing.SseReply.UsagePlace;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamingTest {

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final ChatCompletionsModel model = ChatCompletionsModel.create(settings(), 
      ChatCompletionsModel.httpClient(settings()), sleeper);

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelSettings settings() {
    return ModelSettings.builder().baseUrl(server.baseUrl()).apiKey("sk-test-0123456789abcdefghij").build();
  }

  private ModelReply ask(ModelListener listener) throws Exception {
    return model.complete(new ModelRequest(List.of(new UserMessage("hi")), List.of()), listener);
  }

  @Test
  void assemblesStreamedTextAndStreamsItToTheListener() throws Exception {
    server.reply(SseReply.reply().content("Hel", "lo", ", world").usage(8, 0, 3));
    List<String> seen = new ArrayList<>();

    ModelReply reply = ask(new ModelListener() {
      @Override
      public void onContent(String delta) {
        seen.add(delta);
      }
    });

    assertThat(reply.message().content()).isEqualTo("Hello, world");
    assertThat(reply.message().reasoning()).isNull();
    assertThat(reply.message().toolCalls()).isEmpty();
    assertThat(reply.finishReason()).isEqualTo("stop");
    assertThat(seen).containsExactly("Hel", "lo", ", world");
  }

  @Test
  void assemblesReasoningThatArrivesBeforeContent() throws Exception {
    server.reply(SseReply.reply().reasoning("The user ", "wants a greeting.").content("Hi!"));
    List<String> thoughts = new ArrayList<>();

    ModelReply reply = ask(new ModelListener() {
      @Override
      public void onReasoning(String delta) {
        thoughts.add(delta);
      }
    });

    assertThat(reply.message().reasoning()).isEqualTo("The user wants a greeting.");
    assertThat(reply.message().content()).isEqualTo("Hi!");
    assertThat(thoughts).containsExactly("The user ", "wants a greeting.");
  }

  @Test
  void acceptsReasoningUnderTheFieldNameSelfHostedServersUse() throws Exception {
    server.reply(SseReply.reply().reasoningField("reasoning", "thinking ", "hard").content("ok"));

    assertThat(ask(ModelListener.NONE).message().reasoning()).isEqualTo("thinking hard");
  }

  @Test
  void keepsAnEmptyReasoningStringDistinctFromNone() throws Exception {
    server.reply(SseReply.reply().reasoning("").toolCall(0, "read_file:0", "read_file", "{}", 1));

    assertThat(ask(ModelListener.NONE).message().reasoning()).isEqualTo("");
  }

  @Test
  void assemblesOneToolCallSplitOverManyChunks() throws Exception {
    String arguments = "{\"path\": \"src/main/java/App.java\", \"start_line\": 10}";
    server.reply(SseReply.reply().reasoning("I should read it.")
        .toolCall(0, "read_file:0", "read_file", arguments, arguments.length()));

    ModelReply reply = ask(ModelListener.NONE);

    assertThat(reply.message().toolCalls())
        .containsExactly(new ToolCall("read_file:0", "read_file", arguments));
    assertThat(reply.finishReason()).isEqualTo("tool_calls");
  }

  @Test
  void assemblesTwoParallelToolCallsByIndexEvenWhenTheirFragmentsInterleave() throws Exception {
    server.reply(SseReply.reply()
        .toolCallStart(0, "add:0", "add")
        .toolCallStart(1, "multiply:1", "multiply")
        .toolCallArguments(1, "{\"a\": 2,")
        .toolCallArguments(0, "{\"a\": 1,")
        .toolCallArguments(0, " \"b\": 1}")
        .toolCallArguments(1, " \"b\": 3}"));
    List<String> started = new ArrayList<>();

    ModelReply reply = ask(new ModelListener() {
      @Override
      public void onToolCallStarted(int index, String name) {
        started.add(index + ":" + name);
      }
    });

    assertThat(reply.message().toolCalls()).containsExactly(
        new ToolCall("add:0", "add", "{\"a\": 1, \"b\": 1}"),
        new ToolCall("multiply:1", "multiply", "{\"a\": 2, \"b\": 3}"));
    assertThat(started).containsExactly("0:add", "1:multiply");
  }

  @Test
  void decidesFromWhatWasAccumulatedNotFromFinishReason() throws Exception {
    server.reply(SseReply.reply().toolCall(0, "functions.read_file:0", "read_file", "{\"path\":\"a\"}", 2)
        .finish("stop")
        .chunk("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"));

    ModelReply reply = ask(ModelListener.NONE);

    assertThat(reply.message().toolCalls()).extracting(ToolCall::id).containsExactly("functions.read_file:0");
  }

  @Test
  void ignoresUnknownFieldsAndCommentLines() throws Exception {
    String body = ": OPENROUTER PROCESSING\n\n"
        + "data: {\"id\":\"gen-1\",\"provider\":\"Moonshot AI\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
        + "\"content\":\"ok\",\"reasoning_details\":[{\"type\":\"reasoning.text\"}]},\"logprobs\":null,"
        + "\"native_finish_reason\":null}],\"system_fingerprint\":\"fpv0_x\"}\n\n"
        + ": OPENROUTER PROCESSING\n\n"
        + "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1,\"cost\":0.0001,\"is_byok\":false}}\n\n"
        + "data: [DONE]\n\n";
    server.enqueue(ScriptedModelServer.stream(body));

    ModelReply reply = ask(ModelListener.NONE);

    assertThat(reply.message().content()).isEqualTo("ok");
    assertThat(reply.usage()).isEqualTo(new Usage(5, 0, 1));
  }

  @ParameterizedTest
  @EnumSource(UsagePlace.class)
  void readsUsageWhereverTheServerPutsIt(UsagePlace place) throws Exception {
    server.reply(SseReply.text("done").usage(120, 100, 7, place, false));

    assertThat(ask(ModelListener.NONE).usage()).isEqualTo(new Usage(120, 100, 7));
  }

  @ParameterizedTest
  @EnumSource(UsagePlace.class)
  void readsCachedTokensFromPromptTokensDetails(UsagePlace place) throws Exception {
    server.reply(SseReply.text("done").usage(76, 64, 47, place, true));

    assertThat(ask(ModelListener.NONE).usage()).isEqualTo(new Usage(76, 64, 47));
  }

  @Test
  void readsAWholeCompletionFromAServerThatIgnoresStreaming() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("""
        {"id":"x","choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant",
         "content":"","reasoning_content":"need the file",
         "tool_calls":[{"id":"read_file:0","type":"function","function":{"name":"read_file","arguments":"{\\"path\\":\\"a\\"}"}}]}}],
         "usage":{"prompt_tokens":10,"completion_tokens":5,"prompt_tokens_details":{"cached_tokens":4}}}""").build());

    ModelReply reply = ask(ModelListener.NONE);

    assertThat(reply.message().reasoning()).isEqualTo("need the file");
    assertThat(reply.message().toolCalls()).containsExactly(new ToolCall("read_file:0", "read_file", "{\"path\":\"a\"}"));
    assertThat(reply.usage()).isEqualTo(new Usage(10, 4, 5));
  }

  @Test
  void readsAStreamServedWithTheWrongContentType() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
        .body(SseReply.text("plain but streamed").body()).build());

    assertThat(ask(ModelListener.NONE).message().content()).isEqualTo("plain but streamed");
  }

  @Test
  void sendsTheKeyAsABearerTokenAndAlwaysStreams() throws Exception {
    server.reply(SseReply.text("ok"));

    ask(ModelListener.NONE);

    var request = server.requests().get(0);
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-0123456789abcdefghij");
    assertThat(server.lastBody().get("stream").asBoolean()).isTrue();
    assertThat(server.lastBody().at("/stream_options/include_usage").asBoolean()).isTrue();
  }

  @Test
  void turnsNagleOffSoNoRequestWaitsOnADelayedAck() throws Exception {
    try (java.net.Socket socket = ChatCompletionsModel.httpClient(settings()).socketFactory().createSocket()) {
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }
}
