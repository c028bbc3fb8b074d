package dev.fixer.core.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the chat-completions client needs to talk to one model. Build with {@link #builder()}
 * or {@link #fromEnvironment(Map)}; aliases such as {@code kimi-k2.6-thinking} are resolved when
 * built. {@link #toString()} never shows the key.
 *
 * @param baseUrl the API root, without {@code /chat/completions}
 * @param apiKey sent as a bearer token; may be {@code null} for local servers
 * @param model the model id sent to the API
 * @param thinking whether to ask for thinking
 * @param keepReasoning on K2.6 with thinking: ask the API to keep the reasoning of every past turn
 * @param reasoningEffort for models that take {@code reasoning_effort} (Kimi K3); {@code null} if unset
 * @param maxCompletionTokens the output limit of one reply
 * @param sampling sampling fields, sent only when set
 * @param extraBody fields added to every request body as they are, for other providers
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a stream may stay silent; long enough for a slow first token
 * @param retry how failures are retried
 * @param promptCacheKey whether to send {@code prompt_cache_key}; {@code null} sends it to Moonshot only
 */
public record ModelSettings(
    String baseUrl,
    String apiKey,
    String model,
    Thinking thinking,
    boolean keepReasoning,
    String reasoningEffort,
    int maxCompletionTokens,
    Sampling sampling,
    Map<String, Object> extraBody,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retry,
    Boolean promptCacheKey) {

  public static final String DEFAULT_BASE_URL = "https://api.moonshot.ai/v1";
  public static final String DEFAULT_MODEL = "kimi-k2.6";
  public static final int DEFAULT_MAX_COMPLETION_TOKENS = 32768;

  private static final Map<String, String> THINKING_ALIASES =
      Map.of("kimi-k2.6-thinking", "kimi-k2.6", "kimi-k2.5-thinking", "kimi-k2.5");

  public ModelSettings {
    baseUrl = checkedBaseUrl(baseUrl);
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    Objects.requireNonNull(model, "model");
    if (model.isBlank()) {
      throw new InvalidSettingsException("the model name is empty: name one, e.g. " + DEFAULT_MODEL);
    }
    thinking = thinking == null ? Thinking.DEFAULT : thinking;
    String alias = THINKING_ALIASES.get(model);
    if (alias != null) {
      model = alias;
      thinking = Thinking.ENABLED;
    }
    if (maxCompletionTokens <= 0) {
      throw new InvalidSettingsException(
          "max_completion_tokens must be positive, got " + maxCompletionTokens);
    }
    sampling = sampling == null ? Sampling.NONE : sampling;
    extraBody = extraBody == null ? Map.of() : Map.copyOf(extraBody);
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(15) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofMinutes(10) : readTimeout;
    retry = retry == null ? RetryPolicy.DEFAULT : retry;
  }

  /**
   * Settings from {@code KIMI_BASE_URL} and {@code KIMI_API_KEY}, with defaults for everything else.
   */
  public static Builder fromEnvironment(Map<String, String> env) {
    Builder builder = builder();
    String base = env.get("KIMI_BASE_URL");
    if (base != null && !base.isBlank()) {
      builder.baseUrl(base);
    }
    return builder.apiKey(env.get("KIMI_API_KEY"));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether the base URL is Moonshot's own API (either region). */
  public boolean isMoonshot() {
    String host = URI.create(baseUrl).getHost();
    return host != null && (host.endsWith("moonshot.ai") || host.endsWith("moonshot.cn"));
  }

  /** Whether the model takes {@code reasoning_effort} instead of {@code thinking} (Kimi K3). */
  public boolean usesReasoningEffort() {
    return bareId().startsWith("kimi-k3");
  }

  /** Whether the model is a Kimi K2 (K2.5, K2.6, ...), whatever the provider prefix. */
  public boolean isKimiK2() {
    return bareId().startsWith("kimi-k2");
  }

  /**
   * Whether the model is known to read images in user messages: Kimi K2.5, K2.6 and K3, and models
   * whose id says vision ({@code vision}, {@code -vl}). Anything else gets text only.
   */
  public boolean takesImages() {
    String id = bareId();
    return id.startsWith("kimi-k2.5") || id.startsWith("kimi-k2.6") || id.startsWith("kimi-k3")
        || id.contains("vision") || id.contains("-vl");
  }

  private String bareId() {
    return model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether thinking is known to be on: asked for, or implied by a reasoning effort. */
  public boolean thinkingEnabled() {
    return thinking == Thinking.ENABLED || (usesReasoningEffort() && reasoningEffort != null);
  }

  /**
   * Fails with a message a user can act on when these settings cannot work, e.g. Moonshot without a
   * key.
   */
  public ModelSettings requireUsable() {
    if (apiKey == null && isMoonshot()) {
      throw new InvalidSettingsException(
          "KIMI_API_KEY is not set: create a key at https://platform.moonshot.ai/console/api-keys and"
              + " export KIMI_API_KEY=..., or set KIMI_BASE_URL to another OpenAI-compatible server"
              + " (e.g. http://localhost:11434/v1 for Ollama)");
    }
    return this;
  }

  @Override
  public String toString() {
    return "ModelSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", model=" + model + ", thinking=" + thinking + ", keepReasoning=" + keepReasoning
        + ", reasoningEffort=" + reasoningEffort + ", maxCompletionTokens=" + maxCompletionTokens
        + ", sampling=" + sampling + ", extraBody=" + extraBody.keySet() + "]";
  }

  private static String checkedBaseUrl(String baseUrl) {
    String url = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("the model base URL '" + url + "' is not a URL: " + e.getMessage());
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new InvalidSettingsException(
          "the model base URL '" + url + "' must be an http(s) URL such as " + DEFAULT_BASE_URL);
    }
    if (url.endsWith("/chat/completions")) {
      throw new InvalidSettingsException(
          "the model base URL '" + url + "' must not include /chat/completions: use "
              + url.substring(0, url.length() - "/chat/completions".length()));
    }
    return url;
  }

  /** Builds {@link ModelSettings}; every setter is optional. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private String model = DEFAULT_MODEL;
    private Thinking thinking = Thinking.DEFAULT;
    private boolean keepReasoning;
    private String reasoningEffort;
    private int maxCompletionTokens = DEFAULT_MAX_COMPLETION_TOKENS;
    private Sampling sampling = Sampling.NONE;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();
    private Duration connectTimeout;
    private Duration readTimeout;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private Boolean promptCacheKey;

    private Builder() {}

    private Builder(ModelSettings s) {
      baseUrl = s.baseUrl;
      apiKey = s.apiKey;
      model = s.model;
      thinking = s.thinking;
      keepReasoning = s.keepReasoning;
      reasoningEffort = s.reasoningEffort;
      maxCompletionTokens = s.maxCompletionTokens;
      sampling = s.sampling;
      extraBody.putAll(s.extraBody);
      connectTimeout = s.connectTimeout;
      readTimeout = s.readTimeout;
      retry = s.retry;
      promptCacheKey = s.promptCacheKey;
    }

    public Builder baseUrl(String value) {
      baseUrl = value;
      return this;
    }

    public Builder apiKey(String value) {
      apiKey = value;
      return this;
    }

    public Builder model(String value) {
      model = value;
      return this;
    }

    public Builder thinking(Thinking value) {
      thinking = value;
      return this;
    }

    public Builder keepReasoning(boolean value) {
      keepReasoning = value;
      return this;
    }

    public Builder reasoningEffort(String value) {
      reasoningEffort = value;
      return this;
    }

    public Builder maxCompletionTokens(int value) {
      maxCompletionTokens = value;
      return this;
    }

    public Builder sampling(Sampling value) {
      sampling = value;
      return this;
    }

    public Builder extraBody(String field, Object value) {
      extraBody.put(field, value);
      return this;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder retry(RetryPolicy value) {
      retry = value;
      return this;
    }

    public Builder promptCacheKey(Boolean value) {
      promptCacheKey = value;
      return this;
    }

    public ModelSettings build() {
      return new ModelSettings(baseUrl, apiKey, model, thinking, keepReasoning, reasoningEffort,
          maxCompletionTokens, sampling, extraBody, connectTimeout, readTimeout, retry, promptCacheKey);
    }
  }
}
