package dev.fixer.core.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.ModelUnavailableException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * A {@link Model} behind an OpenAI-compatible chat-completions API: Moonshot's Kimi by default, or
 * any server by base URL (vLLM, SGLang, Ollama, OpenRouter). Always streams; retries what is worth
 * retrying as {@link RetryPolicy} says. Thread-safe; holds no resources that need closing beyond the
 * shared OkHttp client.
 */
public final class ChatCompletionsModel implements Model {

  private final Model delegate;
  private final ModelsCall models;

  private ChatCompletionsModel(Model delegate, ModelsCall models) {
    this.delegate = delegate;
    this.models = models;
  }

  /**
   * A client for {@code settings}, with its own HTTP client and real sleeps between retries.
   *
   * @throws InvalidSettingsException if the settings cannot work (e.g. Moonshot without a key)
   */
  public static ChatCompletionsModel create(ModelSettings settings) {
    return create(settings, httpClient(settings), Sleeper.SYSTEM);
  }

  /** A client that uses the given HTTP client and waits between retries with {@code sleeper}. */
  public static ChatCompletionsModel create(ModelSettings settings, OkHttpClient http, Sleeper sleeper) {
    settings.requireUsable();
    ObjectMapper json = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Model call = new HttpChatCall(settings, http, json);
    return new ChatCompletionsModel(new RetryingModel(call, settings.retry(), sleeper),
        new ModelsCall(settings, http, json));
  }

  /**
   * The HTTP client {@link #create(ModelSettings)} uses: no overall call timeout (a long thinking
   * reply may stream for many minutes), a read timeout that allows a slow first token, and
   * {@code TCP_NODELAY} so that no request waits on a delayed ACK.
   */
  public static OkHttpClient httpClient(ModelSettings settings) {
    return new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(Duration.ofMinutes(2))
        .callTimeout(Duration.ZERO)
        .retryOnConnectionFailure(true)
        .socketFactory(new NoDelaySocketFactory())
        .build();
  }

  /**
   * Checks the base URL and key before a run: sends one {@code GET {baseUrl}/models} with the key,
   * not retried, given at most 20 seconds. Spends no tokens.
   *
   * @return the model ids the server lists, in its order; empty when its answer lists none in the
   *     OpenAI shape ({@code {"data": [{"id": ...}]}}), which means they are unknown, not that there
   *     are none
   * @throws FatalModelException for a rejected key ({@link FatalModelException.Kind#AUTHENTICATION}),
   *     an account out of credit or without access ({@code QUOTA}, {@code PERMISSION}), with the
   *     same messages a chat request gives; for a 404 ({@code NOT_FOUND}), with a message that says
   *     the base URL is probably wrong
   * @throws ModelUnavailableException when the server cannot be reached, does not answer in time,
   *     or answers 429 or 5xx; the message names the base URL
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  public List<String> check() throws ModelException, InterruptedException {
    return models.ids();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener)
      throws ModelException, InterruptedException {
    return delegate.complete(request, listener);
  }
}
