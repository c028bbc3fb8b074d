package dev.fixer.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.client.ChatCompletionsModel;
import dev.fixer.core.client.ModelSettings;
import dev.fixer.core.message.UserMessage;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.testing.RecordingSleeper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batch's shared rate, in the real client's HTTP path, against a scripted model over HTTP. */
class RateLimitTest {

  private static final ModelRequest HELLO = new ModelRequest(List.of(new UserMessage("hi")), List.of());

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final List<Integer> sentBeforeEachWait = new CopyOnWriteArrayList<>();
  private final FakeTicker ticker = new FakeTicker(() -> sentBeforeEachWait.add(server.requests().size()));

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatCompletionsModel client(RequestRate rate) {
    ModelSettings settings = ModelSettings.builder().baseUrl(server.baseUrl()).apiKey("sk-test-0123456789abcdefghij")
        .build();
    return ChatCompletionsModel.create(settings, ChatCompletionsModel.httpClient(settings).newBuilder()
        .addInterceptor(new RateLimit(rate)).build(), new RecordingSleeper());
  }

  @Test
  void requestsFromSeveralClientsShareOneRate() throws Exception {
    server.reply(SseReply.text("one")).reply(SseReply.text("two")).reply(SseReply.text("three"));
    RequestRate rate = new RequestRate(1, ticker, ticker);
    ChatCompletionsModel first = client(rate);
    ChatCompletionsModel second = client(rate);

    first.complete(HELLO, ModelListener.NONE);
    second.complete(HELLO, ModelListener.NONE);
    first.complete(HELLO, ModelListener.NONE);

    assertThat(ticker.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
    assertThat(sentBeforeEachWait).containsExactly(1, 2);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aRetryWaitsForTheRateLikeAnyRequest() throws Exception {
    server.enqueue(ScriptedModelServer.error(503, "server_error", "overloaded")).reply(SseReply.text("done"));
    RequestRate rate = new RequestRate(1, ticker, ticker);

    assertThat(client(rate).complete(HELLO, ModelListener.NONE).message().content()).isEqualTo("done");

    assertThat(server.requests()).hasSize(2);
    assertThat(ticker.sleeps()).containsExactly(Duration.ofMinutes(1));
    assertThat(sentBeforeEachWait).containsExactly(1);
  }

  @Test
  void aCallInterruptedWhileWaitingSendsNothing() throws Exception {
    server.reply(SseReply.text("one")).reply(SseReply.text("two"));
    ChatCompletionsModel client = client(new RequestRate(1, ticker, duration -> {
      throw new InterruptedException("stopped");
    }));
    client.complete(HELLO, ModelListener.NONE);

    assertThatThrownBy(() -> client.complete(HELLO, ModelListener.NONE)).isInstanceOf(InterruptedException.class);

    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void thePreflightListOfModelsIsNotCounted() throws Exception {
    server.models("kimi-k2.6");
    RequestRate rate = new RequestRate(1, ticker, ticker);
    ChatCompletionsModel client = client(rate);

    client.check();
    client.check();

    assertThat(ticker.sleeps()).isEmpty();
  }
}
