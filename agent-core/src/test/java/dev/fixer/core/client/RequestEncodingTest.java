package dev.fixer.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.Message;
import dev.fixer.core.message.SystemMessage;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.ToolSpec;
import dev.fixer.core.testing.RecordingSleeper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire, read back from the requests a real server received. */
class RequestEncodingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScriptedModelServer server = new ScriptedModelServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode send(UnaryOperator<ModelSettings.Builder> settings, List<Message> messages,
      List<ToolSpec> tools) throws Exception {
    server.reply(SseReply.text("ok"));
    ModelSettings built = settings.apply(ModelSettings.builder().baseUrl(server.baseUrl()).apiKey("sk-x")).build();
    ChatCompletionsModel model = ChatCompletionsModel.create(built, ChatCompletionsModel.httpClient(built),
        new RecordingSleeper());
    model.complete(new ModelRequest(messages, tools, null, "run-1"), ModelListener.NONE);
    return server.lastBody();
  }

  private JsonNode send(List<Message> messages) throws Exception {
    return send(b -> b, messages, List.of());
  }

  private static AssistantMessage calls(String reasoning, ToolCall... calls) {
    return new AssistantMessage(null, reasoning, List.of(calls));
  }

  private static ToolMessage answer(String id, String text) {
    return new ToolMessage(id, "read_file", text, false);
  }

  @Test
  void keepsReasoningOnAssistantToolCallMessagesAndLeavesOutTheirEmptyContent() throws Exception {
    JsonNode body = send(List.of(new UserMessage("fix it"),
        calls("Let me look.", new ToolCall("read_file:0", "read_file", "{\"path\":\"a\"}")),
        answer("read_file:0", "contents")));

    JsonNode assistant = body.at("/messages/1");
    assertThat(assistant.get("reasoning_content").asText()).isEqualTo("Let me look.");
    assertThat(assistant.has("content")).isFalse();
    assertThat(assistant.at("/tool_calls/0/function/arguments").asText()).isEqualTo("{\"path\":\"a\"}");
  }

  @Test
  void sendsAnEmptyReasoningStringBackAsItCame() throws Exception {
    JsonNode body = send(List.of(new UserMessage("fix it"),
        calls("", new ToolCall("read_file:0", "read_file", "{}")), answer("read_file:0", "x")));

    assertThat(body.at("/messages/1/reasoning_content").isTextual()).isTrue();
    assertThat(body.at("/messages/1/reasoning_content").asText()).isEmpty();
  }

  @Test
  void leavesReasoningOutWhereTheReplyHadNoneAndThinkingIsNotOn() throws Exception {
    JsonNode body = send(List.of(new UserMessage("fix it"),
        calls(null, new ToolCall("read_file:0", "read_file", "{}")), answer("read_file:0", "x")));

    assertThat(body.at("/messages/1").has("reasoning_content")).isFalse();
  }

  @Test
  void addsEmptyReasoningToToolCallMessagesWhenThinkingIsOnAndTheReplyHadNone() throws Exception {
    JsonNode body = send(b -> b.thinking(Thinking.ENABLED), List.of(new UserMessage("fix it"),
        calls(null, new ToolCall("read_file:0", "read_file", "{}")), answer("read_file:0", "x")), List.of());

    assertThat(body.at("/messages/1/reasoning_content").isTextual()).isTrue();
  }

  @Test
  void rewritesDuplicateToolCallIdsTheSameWayInTheAssistantMessageAndItsToolMessage() throws Exception {
    JsonNode body = send(List.of(new UserMessage("fix it"),
        calls("r1", new ToolCall("read_file:0", "read_file", "{}")), answer("read_file:0", "first"),
        calls("r2", new ToolCall("read_file:0", "read_file", "{}"), new ToolCall("read_file:1", "read_file", "{}")),
        answer("read_file:0", "second"), answer("read_file:1", "third"),
        calls("r3", new ToolCall("read_file:0", "read_file", "{}")), answer("read_file:0", "fourth")));

    JsonNode messages = body.get("messages");
    assertThat(messages.at("/1/tool_calls/0/id").asText()).isEqualTo("read_file:0");
    assertThat(messages.at("/2/tool_call_id").asText()).isEqualTo("read_file:0");
    assertThat(messages.at("/3/tool_calls/0/id").asText()).isEqualTo("read_file:0~2");
    assertThat(messages.at("/3/tool_calls/1/id").asText()).isEqualTo("read_file:1");
    assertThat(messages.at("/4/tool_call_id").asText()).isEqualTo("read_file:0~2");
    assertThat(messages.at("/5/tool_call_id").asText()).isEqualTo("read_file:1");
    assertThat(messages.at("/6/tool_calls/0/id").asText()).isEqualTo("read_file:0~3");
    assertThat(messages.at("/7/tool_call_id").asText()).isEqualTo("read_file:0~3");
  }

  @Test
  void rewritesAnIdRepeatedWithinOneReply() throws Exception {
    JsonNode body = send(List.of(new UserMessage("fix it"),
        calls("r", new ToolCall("call", "read_file", "{}"), new ToolCall("call", "read_file", "{}")),
        answer("call", "one"), answer("call", "two")));

    JsonNode messages = body.get("messages");
    assertThat(messages.at("/1/tool_calls/0/id").asText()).isEqualTo("call");
    assertThat(messages.at("/1/tool_calls/1/id").asText()).isEqualTo("call~2");
    assertThat(messages.at("/2/tool_call_id").asText()).isEqualTo("call");
    assertThat(messages.at("/3/tool_call_id").asText()).isEqualTo("call~2");
  }

  @Test
  void givesAnAssistantMessageWithNeitherTextNorCallsNonEmptyContent() throws Exception {
    JsonNode body = send(List.of(new UserMessage("fix it"), new AssistantMessage("", null, List.of()),
        new UserMessage("continue")));

    assertThat(body.at("/messages/1/content").asText()).isNotBlank();
  }

  @Test
  void sendsImagesAsContentParts() throws Exception {
    JsonNode body = send(List.of(new UserMessage("see the screenshot", List.of("data:image/png;base64,AAAA"))));

    assertThat(body.at("/messages/0/content/0/text").asText()).isEqualTo("see the screenshot");
    assertThat(body.at("/messages/0/content/1/image_url/url").asText()).isEqualTo("data:image/png;base64,AAAA");
  }

  @Test
  void thinkingAliasMeansK26WithThinkingEnabled() throws Exception {
    JsonNode body = send(b -> b.model("kimi-k2.6-thinking"), List.of(new UserMessage("hi")), List.of());

    assertThat(body.get("model").asText()).isEqualTo("kimi-k2.6");
    assertThat(body.at("/thinking/type").asText()).isEqualTo("enabled");
    assertThat(body.has("reasoning_effort")).isFalse();
  }

  @Test
  void thinkingCanBeTurnedOff() throws Exception {
    JsonNode body = send(b -> b.thinking(Thinking.DISABLED), List.of(new UserMessage("hi")), List.of());

    assertThat(body.at("/thinking/type").asText()).isEqualTo("disabled");
    assertThat(body.at("/thinking").has("keep")).isFalse();
  }

  @Test
  void sendsNoThinkingFieldUnlessAskedTo() throws Exception {
    JsonNode body = send(List.of(new UserMessage("hi")));

    assertThat(body.has("thinking")).isFalse();
    assertThat(body.has("reasoning_effort")).isFalse();
  }

  @Test
  void keepAllAsksToKeepReasoningAndSendsItOnEveryAssistantMessage() throws Exception {
    JsonNode body = send(b -> b.thinking(Thinking.ENABLED).keepReasoning(true), List.of(new UserMessage("hi"),
        new AssistantMessage("Hello.", "greet back", List.of()), new UserMessage("again")), List.of());

    assertThat(body.at("/thinking/keep").asText()).isEqualTo("all");
    assertThat(body.at("/messages/1/reasoning_content").asText()).isEqualTo("greet back");
  }

  @Test
  void dropsReasoningOfPlainAnswersWithoutKeepAll() throws Exception {
    JsonNode body = send(b -> b.thinking(Thinking.ENABLED), List.of(new UserMessage("hi"),
        new AssistantMessage("Hello.", "greet back", List.of()), new UserMessage("again")), List.of());

    assertThat(body.at("/messages/1").has("reasoning_content")).isFalse();
  }

  @Test
  void k3TakesReasoningEffortAndNeverThinking() throws Exception {
    JsonNode body = send(b -> b.model("kimi-k3").thinking(Thinking.ENABLED).keepReasoning(true),
        List.of(new UserMessage("hi")), List.of());

    assertThat(body.has("thinking")).isFalse();
    assertThat(body.get("reasoning_effort").asText()).isEqualTo("high");
  }

  @Test
  void sendsSamplingFieldsOnlyWhenSet() throws Exception {
    JsonNode unset = send(List.of(new UserMessage("hi")));
    JsonNode set = send(b -> b.sampling(new Sampling(0.2, null, null, 0.5)), List.of(new UserMessage("hi")), List.of());

    assertThat(unset.has("temperature")).isFalse();
    assertThat(unset.has("top_p")).isFalse();
    assertThat(unset.has("presence_penalty")).isFalse();
    assertThat(unset.has("frequency_penalty")).isFalse();
    assertThat(unset.has("n")).isFalse();
    assertThat(set.get("temperature").asDouble()).isEqualTo(0.2);
    assertThat(set.get("frequency_penalty").asDouble()).isEqualTo(0.5);
    assertThat(set.has("top_p")).isFalse();
  }

  @Test
  void sendsTheOutputLimitAsMaxCompletionTokens() throws Exception {
    assertThat(send(List.of(new UserMessage("hi"))).get("max_completion_tokens").asInt()).isEqualTo(32768);
    assertThat(send(b -> b.maxCompletionTokens(4096), List.of(new UserMessage("hi")), List.of())
        .get("max_completion_tokens").asInt()).isEqualTo(4096);
  }

  @Test
  void passesExtraBodyFieldsThroughForOtherProviders() throws Exception {
    JsonNode body = send(b -> b.extraBody("chat_template_kwargs", Map.of("thinking", true))
        .extraBody("max_completion_tokens", 1000), List.of(new UserMessage("hi")), List.of());

    assertThat(body.at("/chat_template_kwargs/thinking").asBoolean()).isTrue();
    assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(1000);
  }

  @Test
  void sendsThePromptCacheKeyToMoonshotOnlyUnlessTold() throws Exception {
    assertThat(send(List.of(new UserMessage("hi"))).has("prompt_cache_key")).isFalse();
    assertThat(send(b -> b.promptCacheKey(true), List.of(new UserMessage("hi")), List.of())
        .get("prompt_cache_key").asText()).isEqualTo("run-1");
  }

  @Test
  void sendsToolsWithAutoToolChoice() throws Exception {
    ToolSpec tool = new ToolSpec("read_file", "Reads a file.", JSON.readTree(
        "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}"));

    JsonNode body = send(b -> b, List.of(new SystemMessage("sys"), new UserMessage("hi")), List.of(tool));

    assertThat(body.get("tool_choice").asText()).isEqualTo("auto");
    assertThat(body.at("/tools/0/type").asText()).isEqualTo("function");
    assertThat(body.at("/tools/0/function/name").asText()).isEqualTo("read_file");
    assertThat(body.at("/tools/0/function/parameters/required/0").asText()).isEqualTo("path");
    assertThat(send(List.of(new UserMessage("hi"))).has("tool_choice")).isFalse();
  }
}
