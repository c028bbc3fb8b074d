package dev.fixer.core.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * A {@link Model} behind an OpenAI-compatible chat-completions API: Moonshot's Kimi by default, or
 * any server by base URL (vLLM, SGLang, Ollama, OpenRouter). Always streams; retries what is worth
 * retrying as {@link RetryPolicy} says. Thread-safe; holds no resources that need closing beyond the
 * shared OkHttp client.
 */
public final class ChatCompletionsModel implements Model {

  private final Model delegate;

  private ChatCompletionsModel(Model delegate) {
    this.delegate = delegate;
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
    return new ChatCompletionsModel(new RetryingModel(call, settings.retry(), sleeper));
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
