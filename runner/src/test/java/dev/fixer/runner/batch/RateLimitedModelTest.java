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

class RateLimitedModelTest {

  private static final ModelRequest HELLO = new ModelRequest(List.of(new UserMessage("hi")), List.of());

  private final ScriptedModelServer server = new ScriptedModelServer();
  private final List<Integer> sentBeforeEachWait = new CopyOnWriteArrayList<>();
  private final FakeTicker ticker = new FakeTicker(() -> sentBeforeEachWait.add(server.requests().size()));
  private final ChatCompletionsModel client = ChatCompletionsModel.create(settings(),
      ChatCompletionsModel.httpClient(settings()), new RecordingSleeper());

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelSettings settings() {
    return ModelSettings.builder().baseUrl(server.baseUrl()).apiKey("sk-test-0123456789abcdefghij").build();
  }

  @Test
  void eachCallWaitsForTheSharedRateBeforeItIsSent() throws Exception {
    server.reply(SseReply.text("one")).reply(SseReply.text("two")).reply(SseReply.text("three"));
    RequestRate rate = new RequestRate(1, ticker, ticker);
    RateLimitedModel first = new RateLimitedModel(client, rate);
    RateLimitedModel second = new RateLimitedModel(client, rate);

    String one = first.complete(HELLO, ModelListener.NONE).message().content();
    String two = second.complete(HELLO, ModelListener.NONE).message().content();
    String three = first.complete(HELLO, ModelListener.NONE).message().content();

    assertThat(List.of(one, two, three)).containsExactly("one", "two", "three");
    assertThat(ticker.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
    assertThat(sentBeforeEachWait).containsExactly(1, 2);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aCallInterruptedWhileWaitingSendsNothing() throws Exception {
    server.reply(SseReply.text("one")).reply(SseReply.text("two"));
    RequestRate rate = new RequestRate(1, ticker, duration -> {
      throw new InterruptedException("stopped");
    });
    RateLimitedModel model = new RateLimitedModel(client, rate);
    model.complete(HELLO, ModelListener.NONE);

    assertThatThrownBy(() -> model.complete(HELLO, ModelListener.NONE)).isInstanceOf(InterruptedException.class);

    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void theNameIsTheWrappedModels() {
    assertThat(new RateLimitedModel(client, new RequestRate(5)).name()).isEqualTo(client.name())
        .isEqualTo(ModelSettings.DEFAULT_MODEL);
  }
}
