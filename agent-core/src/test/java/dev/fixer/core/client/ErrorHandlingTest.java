package dev.fixer.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.ContextLengthException;
import dev.fixer.core.model.DeadlineExceededException;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.ModelUnavailableException;
import dev.fixer.core.testing.RecordingSleeper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the API's error table, and the ways a stream can break, over real HTTP. */
class ErrorHandlingTest {

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatCompletionsModel model(RetryPolicy retry) {
    return model(server.baseUrl(), retry);
  }

  private ChatCompletionsModel model(String baseUrl, RetryPolicy retry) {
    ModelSettings settings = ModelSettings.builder().baseUrl(baseUrl).apiKey("sk-test").retry(retry).build();
    return ChatCompletionsModel.create(settings, ChatCompletionsModel.httpClient(settings), sleeper);
  }

  private ModelReply ask(ChatCompletionsModel model) throws Exception {
    return ask(model, ModelListener.NONE);
  }

  private ModelReply ask(ChatCompletionsModel model, ModelListener listener) throws Exception {
    return model.complete(new ModelRequest(List.of(new UserMessage("hi")), List.of()), listener);
  }

  @Test
  void retriesAnOverloadedEngineAfterTheRetryAfterHeader() throws Exception {
    server.enqueue(ScriptedModelServer.error(429, "engine_overloaded_error", "The engine is currently overloaded")
        .newBuilder().setHeader("Retry-After", "7").build());
    server.reply(SseReply.text("recovered"));

    ModelReply reply = ask(model(RetryPolicy.DEFAULT));

    assertThat(reply.message().content()).isEqualTo("recovered");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void retriesAnOverloadedEngineWithBackoffWhenNoDelayIsNamed() throws Exception {
    server.enqueue(ScriptedModelServer.error(429, "engine_overloaded_error", "The engine is currently overloaded"));
    server.reply(SseReply.text("recovered"));

    ask(model(RetryPolicy.DEFAULT));

    assertThat(sleeper.sleeps()).hasSize(1);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void retriesARateLimitAfterTheSecondsNamedInTheMessage() throws Exception {
    server.enqueue(ScriptedModelServer.error(429, "rate_limit_reached_error",
        "Your account org-x <ak-y> request reached max request: 3, please try again after 21 seconds"));
    server.reply(SseReply.text("ok"));
    List<String> retries = new ArrayList<>();

    ask(model(RetryPolicy.DEFAULT), new ModelListener() {
      @Override
      public void onRetry(int attempt, Duration delay, String reason) {
        retries.add(attempt + " " + delay.toSeconds() + " " + reason);
      }
    });

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(21));
    assertThat(retries).singleElement().asString().startsWith("1 21 rate limited");
  }

  /** What a proxy, OpenRouter, vLLM or OpenAI sends with a 429: no body, text, JSON without Moonshot's types. */
  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "Too Many Requests",
      "{\"error\":{\"message\":\"Rate limit exceeded: free-models-per-min.\",\"code\":429}}",
      "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
      "{\"object\":\"error\",\"message\":\"The server is busy\",\"type\":\"TooManyRequests\",\"code\":429}"})
  void retriesAPlain429AsARateLimitAfterTheRetryAfterHeader(String body) throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "4").body(body).build());
    server.reply(SseReply.text("recovered"));
    List<String> retries = new ArrayList<>();

    ModelReply reply = ask(model(RetryPolicy.DEFAULT), new ModelListener() {
      @Override
      public void onRetry(int attempt, Duration delay, String reason) {
        retries.add(reason);
      }
    });

    assertThat(reply.message().content()).isEqualTo("recovered");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(4));
    assertThat(retries).singleElement().asString().startsWith("rate limited (HTTP 429");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void retriesAPlain429WithBackoffWhenNoDelayIsNamed() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).body("Too Many Requests").build());
    server.reply(SseReply.text("recovered"));

    assertThat(ask(model(RetryPolicy.DEFAULT)).message().content()).isEqualTo("recovered");
    assertThat(sleeper.sleeps()).singleElement()
        .satisfies(delay -> assertThat(delay).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
  }

  @Test
  void capsAServerNamedDelayAtThePolicyMaximum() throws Exception {
    server.enqueue(ScriptedModelServer.error(429, "rate_limit_reached_error", "please try again after 3600 seconds"));
    server.reply(SseReply.text("ok"));

    ask(model(RetryPolicy.DEFAULT));

    assertThat(sleeper.sleeps()).containsExactly(RetryPolicy.DEFAULT.maxRetryAfter());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 403})
  void doesNotRetryAnExhaustedQuotaAndSaysToAddCredit(int status) {
    server.enqueue(ScriptedModelServer.error(status, "exceeded_current_quota_error",
        "Your account org-x is not active, organization exceeded current quota, please check your plan"));

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(FatalModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(FatalModelException.Kind.QUOTA);
          assertThat(e.getMessage()).contains("out of credit").contains("add credit");
        });
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void doesNotRetryABadKeyAndNamesTheKeyAndTheRegions() {
    server.enqueue(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(FatalModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(FatalModelException.Kind.AUTHENTICATION);
          assertThat(e.getMessage()).contains("KIMI_API_KEY").contains("api.moonshot.cn").contains("KIMI_BASE_URL");
        });
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void doesNotRetryAnInvalidRequestAndPassesOnTheApisMessage() {
    server.enqueue(ScriptedModelServer.error(400, "invalid_request_error",
        "thinking is enabled but reasoning_content is missing in assistant tool call message at index 2"));

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(FatalModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(FatalModelException.Kind.BAD_REQUEST);
          assertThat(e.getMessage()).contains("reasoning_content is missing in assistant tool call message at index 2");
        });
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void doesNotRetryAContentFilterRefusal() {
    server.enqueue(ScriptedModelServer.error(400, "content_filter", "The request was rejected because it was considered high risk"));

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(FatalModelException.class,
            e -> assertThat(e.kind()).isEqualTo(FatalModelException.Kind.CONTENT_FILTER));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void reportsAContextLengthRefusalWithTheRequestedTokens() {
    server.enqueue(ScriptedModelServer.error(400, "invalid_request_error",
        "Invalid request: Your request exceeded model token limit: 262144 (requested: 269030)"));

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(ContextLengthException.class,
            e -> assertThat(e.requestedTokens()).hasValue(269030));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void namesTheBaseUrlAndModelOnA404() {
    server.enqueue(new MockResponse.Builder().code(404).body("<html>Not Found</html>").build());

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(FatalModelException.class, e -> {
          assertThat(e.kind()).isEqualTo(FatalModelException.Kind.NOT_FOUND);
          assertThat(e.getMessage()).contains(server.baseUrl()).contains("kimi-k2.6").contains("KIMI_BASE_URL");
        });
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 529})
  void retriesServerErrors(int status) throws Exception {
    server.enqueue(new MockResponse.Builder().code(status).body("upstream trouble").build());
    server.reply(SseReply.text("ok"));

    assertThat(ask(model(RetryPolicy.DEFAULT)).message().content()).isEqualTo("ok");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void givesUpAfterTheRetryLimitWithTheLastError() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}").build());
    }

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT.withMaxRetries(3))))
        .isInstanceOfSatisfying(ModelUnavailableException.class, e -> {
          assertThat(e.attempts()).isEqualTo(4);
          assertThat(e.getMessage()).contains("HTTP 503").contains("busy").contains("gave up after 4 attempts");
        });
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void backsOffExponentiallyWithJitter() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(new MockResponse.Builder().code(502).build());
    }
    RetryPolicy policy = new RetryPolicy(5, 0, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1));

    assertThatThrownBy(() -> ask(model(policy))).isInstanceOf(ModelUnavailableException.class);

    List<Duration> sleeps = sleeper.sleeps();
    long[] steps = {1000, 2000, 4000, 8000, 10000};
    assertThat(sleeps).hasSize(5);
    for (int i = 0; i < steps.length; i++) {
      assertThat(sleeps.get(i).toMillis()).isBetween(steps[i] / 2, steps[i]);
    }
  }

  @Test
  void discardsAndRetriesAStreamThatEndsBeforeDone() throws Exception {
    server.reply(SseReply.reply().content("half an ans").withoutDone());
    server.reply(SseReply.text("the whole answer"));
    List<String> retries = new ArrayList<>();

    ModelReply reply = ask(model(RetryPolicy.DEFAULT), new ModelListener() {
      @Override
      public void onRetry(int attempt, Duration delay, String reason) {
        retries.add(reason);
      }
    });

    assertThat(reply.message().content()).isEqualTo("the whole answer");
    assertThat(retries).singleElement().asString().contains("ended before data: [DONE]");
  }

  @Test
  void retriesWhenTheConnectionDropsMidStream() throws Exception {
    String body = SseReply.reply().content("x".repeat(2000)).body();
    server.enqueue(ScriptedModelServer.stream(body).newBuilder()
        .onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build());
    server.reply(SseReply.text("second try"));

    assertThat(ask(model(RetryPolicy.DEFAULT)).message().content()).isEqualTo("second try");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void classifiesAnErrorSentInsideTheStream() {
    server.enqueue(ScriptedModelServer.stream(
        "data: {\"error\":{\"message\":\"Your account has insufficient balance\",\"type\":\"exceeded_current_quota_error\"}}\n\n"));

    assertThatThrownBy(() -> ask(model(RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(FatalModelException.class,
            e -> assertThat(e.kind()).isEqualTo(FatalModelException.Kind.QUOTA));
  }

  @Test
  void failsFastWithTheBaseUrlWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    assertThatThrownBy(() -> ask(model("http://127.0.0.1:" + port + "/v1", RetryPolicy.DEFAULT)))
        .isInstanceOfSatisfying(ModelUnavailableException.class, e -> {
          assertThat(e.getMessage()).contains("could not reach the model API at http://127.0.0.1:" + port + "/v1");
          assertThat(e.attempts()).isEqualTo(RetryPolicy.DEFAULT.maxConnectRetries() + 1);
        });
  }

  @Test
  void stopsWaitingAtTheRequestDeadline() {
    server.enqueue(ScriptedModelServer.stream(SseReply.text("too late").body()).newBuilder()
        .headersDelay(3, TimeUnit.SECONDS).build());
    ChatCompletionsModel model = model(RetryPolicy.DEFAULT);
    ModelRequest request = new ModelRequest(List.of(new UserMessage("hi")), List.of(),
        Instant.now().plusMillis(300), null);

    assertThatThrownBy(() -> model.complete(request, ModelListener.NONE))
        .isInstanceOf(DeadlineExceededException.class);
  }
}
