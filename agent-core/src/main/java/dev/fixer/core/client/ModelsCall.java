package dev.fixer.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.client.internal.ErrorClassifier;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelUnavailableException;
import dev.fixer.core.model.RetryableModelException;
import dev.fixer.core.text.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** One {@code GET {baseUrl}/models}, without retries: the preflight check of a base URL and key. */
final class ModelsCall {

  static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final ModelSettings settings;
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final ErrorClassifier errors;
  private final Redactor redactor;
  private final String url;

  ModelsCall(ModelSettings settings, OkHttpClient http, ObjectMapper json) {
    this.settings = settings;
    this.http = http;
    this.json = json;
    this.errors = new ErrorClassifier(json, settings.baseUrl(), settings.model());
    this.redactor = Redactor.of(settings.apiKey() == null ? List.of() : List.of(settings.apiKey()));
    this.url = settings.baseUrl() + "/models";
  }

  List<String> ids() throws ModelException, InterruptedException {
    Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json").get();
    if (settings.apiKey() != null) {
      request.header("Authorization", "Bearer " + settings.apiKey());
    }
    Call call = http.newCall(request.build());
    call.timeout().timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    try (Response response = call.execute()) {
      if (!response.isSuccessful()) {
        throw failure(response, redactor.redact(response.peekBody(MAX_ERROR_BODY).string()));
      }
      return parse(response.body().string());
    } catch (IOException e) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting for GET " + url);
      }
      throw unreachable(e);
    }
  }

  private ModelException failure(Response response, String body) {
    if (response.code() == 404) {
      return new FatalModelException(FatalModelException.Kind.NOT_FOUND, 404,
          "GET " + url + " answered 404: the base URL " + settings.baseUrl() + " is probably wrong;"
              + " OpenAI-compatible API roots usually end in /v1 (set KIMI_BASE_URL or --base-url)");
    }
    ModelException error = errors.fromHttp(response.code(), response.header("Retry-After"),
        response.header("retry-after-ms"), body);
    if (error instanceof RetryableModelException retryable) {
      return new ModelUnavailableException("GET " + url + " failed: " + retryable.getMessage()
          + "; try again later, or check KIMI_BASE_URL (or --base-url)", 1, retryable);
    }
    return error;
  }

  private ModelUnavailableException unreachable(IOException e) {
    RetryableModelException cause = e instanceof InterruptedIOException
        ? new RetryableModelException(RetryableModelException.Kind.INTERRUPTED,
            "the model API at " + settings.baseUrl() + " did not answer GET " + url + " within "
                + TIMEOUT.toSeconds() + " s", null, e)
        : errors.fromIo(e);
    return new ModelUnavailableException(redactor.redact(cause.getMessage())
        + ": check KIMI_BASE_URL (or --base-url) and that the server is up", 1, cause);
  }

  /** The ids under {@code data}; empty when the answer does not list them, meaning unknown. */
  private List<String> parse(String body) {
    JsonNode data;
    try {
      JsonNode root = json.readTree(body);
      data = root == null ? null : root.get("data");
    } catch (IOException notJson) {
      return List.of();
    }
    if (data == null || !data.isArray()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode model : data) {
      String id = model.path("id").asText("");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }
}
