package dev.fixer.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.ModelUnavailableException;
import dev.fixer.core.testing.RecordingSleeper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.net.ServerSocket;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preflight {@code GET /models}, over real HTTP. */
class ChatCompletionsModelCheckTest {

  private static final String KEY = "sk-check-7d41b09e2c6a4f18a3e5";

  private final ScriptedModelServer server = new ScriptedModelServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatCompletionsModel model(String baseUrl) {
    ModelSettings settings = ModelSettings.builder().baseUrl(baseUrl).apiKey(KEY).build();
    return ChatCompletionsModel.create(settings, ChatCompletionsModel.httpClient(settings), new RecordingSleeper());
  }

  private ChatCompletionsModel model() {
    return model(server.baseUrl());
  }

  @Test
  void listsTheModelIdsTheServerNamesSendingTheKeyAsABearerToken() throws Exception {
    server.models("kimi-k2.6", "kimi-k2.5", "kimi-k3");

    List<String> ids = model().check();

    assertThat(ids).containsExactly("kimi-k2.6", "kimi-k2.5", "kimi-k3");
    assertThat(server.modelsRequests()).singleElement().satisfies(request -> {
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    });
  }

  @Test
  void listsTheDefaultModelUnlessTheServerIsToldOtherwise() throws Exception {
    assertThat(model().check()).containsExactly("kimi-k2.6");
  }

  @Test
  void doesNotTouchTheChatScriptOrItsRecordedRequests() throws Exception {
    server.reply(SseReply.text("hello"));
    ChatCompletionsModel model = model();

    model.check();
    String reply = model.complete(new ModelRequest(List.of(new UserMessage("hi")), List.of()), ModelListener.NONE)
        .message().content();
    model.check();

    assertThat(reply).isEqualTo("hello");
    assertThat(server.requests()).hasSize(1);
    assertThat(server.bodies()).hasSize(1);
    assertThat(server.modelsRequests()).hasSize(2);
  }

  @Test
  void answersAnEmptyListWhenTheServerListsNoIdsInTheOpenAiShape() throws Exception {
    server.modelsResponse(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"models\":[\"kimi-k2.6\"]}").build());
    assertThat(model().check()).isEmpty();

    server.modelsResponse(new MockResponse.Builder().code(200).body("<html>ok</html>").build());
    assertThat(model().check()).isEmpty();
  }

  @Test
  void aRejectedKeyIsAnAuthenticationFailureWithTheChatCallsMessage() {
    server.modelsResponse(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));
    server.enqueue(ScriptedModelServer.error(401, "invalid_authentication_error", "Invalid Authentication"));
    ChatCompletionsModel model = model();
    FatalModelException chat = catchThrowableOfType(FatalModelException.class, () -> model.complete(
        new ModelRequest(List.of(new UserMessage("hi")), List.of()), ModelListener.NONE));

    FatalModelException check = catchThrowableOfType(FatalModelException.class, model::check);

    assertThat(chat).isNotNull();
    assertThat(check).isNotNull();
    assertThat(check.kind()).isEqualTo(FatalModelException.Kind.AUTHENTICATION);
    assertThat(check.status()).isEqualTo(401);
    assertThat(check.getMessage()).isEqualTo(chat.getMessage()).contains("KIMI_API_KEY");
    assertThat(server.modelsRequests()).hasSize(1);
  }

  @Test
  void anAccountOutOfCreditIsAQuotaFailure() {
    server.modelsResponse(ScriptedModelServer.error(403, "exceeded_current_quota_error",
        "Your account is suspended due to insufficient balance"));

    assertThatThrownBy(() -> model().check()).isInstanceOfSatisfying(FatalModelException.class,
        e -> assertThat(e.kind()).isEqualTo(FatalModelException.Kind.QUOTA));
  }

  @Test
  void aNotFoundSaysTheBaseUrlIsProbablyWrongAndShouldEndInV1() {
    server.modelsResponse(new MockResponse.Builder().code(404).body("404 page not found").build());
    String base = server.baseUrl();

    assertThatThrownBy(() -> model(base).check()).isInstanceOfSatisfying(FatalModelException.class, e -> {
      assertThat(e.kind()).isEqualTo(FatalModelException.Kind.NOT_FOUND);
      assertThat(e.getMessage()).isEqualTo("GET " + base + "/models answered 404: the base URL " + base
          + " is probably wrong; OpenAI-compatible API roots usually end in /v1 (set KIMI_BASE_URL or --base-url)");
    });
  }

  @Test
  void aServerErrorMakesTheModelUnavailableAfterOneRequest() {
    server.modelsResponse(ScriptedModelServer.error(503, "server_error", "upstream down"));

    assertThatThrownBy(() -> model().check()).isInstanceOfSatisfying(ModelUnavailableException.class, e -> {
      assertThat(e.getMessage()).contains(server.baseUrl() + "/models").contains("HTTP 503");
      assertThat(e.attempts()).isEqualTo(1);
    });
    assertThat(server.modelsRequests()).hasSize(1);
  }

  @Test
  void aClosedPortMakesTheModelUnavailableNamingTheBaseUrl() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port + "/v1";

    assertThatThrownBy(() -> model(base).check()).isInstanceOfSatisfying(ModelUnavailableException.class,
        e -> assertThat(e.getMessage()).contains("could not reach the model API at " + base)
            .contains("check KIMI_BASE_URL"));
  }

  @Test
  void neverPutsTheKeyInAMessageEvenWhenTheServerEchoesIt() {
    String echo = "Incorrect API key provided: " + KEY;
    List<MockResponse> answers = List.of(
        ScriptedModelServer.error(401, "invalid_authentication_error", echo),
        ScriptedModelServer.error(403, "permission_denied_error", echo),
        ScriptedModelServer.error(400, "invalid_request_error", echo),
        ScriptedModelServer.error(500, "server_error", echo),
        new MockResponse.Builder().code(404).body(echo).build());

    for (MockResponse answer : answers) {
      server.modelsResponse(answer);
      assertThatThrownBy(() -> model().check()).satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }
    assertThat(server.modelsRequests()).hasSize(answers.size());
  }

}
