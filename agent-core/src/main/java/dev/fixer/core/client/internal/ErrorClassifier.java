package dev.fixer.core.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.model.ContextLengthException;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.RetryableModelException;
import dev.fixer.core.model.RetryableModelException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts an error answer into retryable, fatal or context-length, by {@code error.type} first and the
 * HTTP status second, and writes the message a user can act on.
 */
public final class ErrorClassifier {

  private static final Pattern TRY_AGAIN = Pattern.compile(
      "try again (?:after|in) (\\d+(?:\\.\\d+)?) ?(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTEXT_LENGTH = Pattern.compile(
      "context length|context window|model token limit|max(?:imum)? (?:context )?length|"
          + "too many tokens|prompt is too long|context_length_exceeded",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUESTED = Pattern.compile("requested:? (\\d+)");
  private static final Pattern QUOTA = Pattern.compile(
      "exceeded current quota|insufficient balance|suspended due to insufficient", Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json;
  private final String baseUrl;
  private final String model;

  public ErrorClassifier(ObjectMapper json, String baseUrl, String model) {
    this.json = json;
    this.baseUrl = baseUrl;
    this.model = model;
  }

  /** Classifies an HTTP error answer. */
  public ModelException fromHttp(int status, String retryAfterHeader, String retryAfterMsHeader, String body) {
    ApiError error = parse(body, status);
    Duration retryAfter = retryAfter(retryAfterHeader, retryAfterMsHeader);
    return classify(status, error, retryAfter);
  }

  /** Classifies an {@code error} object that arrived inside a 200 stream. */
  public ModelException fromStream(JsonNode errorNode) {
    ApiError error = ApiError.of(errorNode, "");
    int status = errorNode.path("code").canConvertToInt() ? errorNode.path("code").asInt() : 200;
    return classify(status, error, null);
  }

  /** A transport failure: no connection at all, or an answer that broke off. */
  public RetryableModelException fromIo(IOException e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
      return new RetryableModelException(Kind.CONNECT,
          "could not reach the model API at " + baseUrl + " (" + what + ")", null, e);
    }
    return new RetryableModelException(Kind.INTERRUPTED,
        "the reply from " + baseUrl + " broke off (" + what + ")", null, e);
  }

  private ModelException classify(int status, ApiError error, Duration retryAfter) {
    String type = error.type();
    String said = error.describe(status);
    if ("exceeded_current_quota_error".equals(type) || QUOTA.matcher(error.message()).find()) {
      return new FatalModelException(FatalModelException.Kind.QUOTA, status,
          "the model account is out of credit (" + said + "): add credit to the account behind"
              + " KIMI_API_KEY (https://platform.moonshot.ai/console/pay) and run again");
    }
    if (status == 401 || "invalid_authentication_error".equals(type)) {
      return new FatalModelException(FatalModelException.Kind.AUTHENTICATION, status,
          "the model API at " + baseUrl + " rejected the API key (" + said + "): check KIMI_API_KEY;"
              + " a key from platform.moonshot.ai only works with https://api.moonshot.ai/v1 and one"
              + " from platform.moonshot.cn only with https://api.moonshot.cn/v1 (set KIMI_BASE_URL)");
    }
    if ("content_filter".equals(type)) {
      return new FatalModelException(FatalModelException.Kind.CONTENT_FILTER, status,
          "the model API's content filter refused the request (" + said + ")");
    }
    if ("engine_overloaded_error".equals(type)) {
      return new RetryableModelException(Kind.OVERLOADED, "the model is overloaded (" + said + ")", retryAfter, null);
    }
    if ("rate_limit_reached_error".equals(type) || status == 429) {
      Duration named = tryAgainAfter(error.message());
      return new RetryableModelException(Kind.RATE_LIMITED, "rate limited (" + said + ")",
          named != null ? named : retryAfter, null);
    }
    if (status == 408 || status >= 500) {
      return new RetryableModelException(Kind.SERVER, "the model API failed (" + said + ")", retryAfter, null);
    }
    if (CONTEXT_LENGTH.matcher(error.message()).find()) {
      Matcher requested = REQUESTED.matcher(error.message());
      return new ContextLengthException("the prompt does not fit the context window (" + said + ")",
          requested.find() ? Long.parseLong(requested.group(1)) : 0);
    }
    if (status == 404) {
      return new FatalModelException(FatalModelException.Kind.NOT_FOUND, status,
          "the model API at " + baseUrl + " has no /chat/completions or no model '" + model + "' ("
              + said + "): check KIMI_BASE_URL (it usually ends in /v1) and the model name");
    }
    if (status == 403) {
      return new FatalModelException(FatalModelException.Kind.PERMISSION, status,
          "the model API at " + baseUrl + " refused access (" + said + ")");
    }
    return new FatalModelException(FatalModelException.Kind.BAD_REQUEST, status,
        "the model API rejected the request (" + said + ")");
  }

  private ApiError parse(String body, int status) {
    try {
      JsonNode root = json.readTree(body);
      if (root != null && root.isObject()) {
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
          return ApiError.of(error, body);
        }
        if (error != null && error.isTextual()) {
          return new ApiError(root.path("type").asText(""), error.asText());
        }
        return new ApiError(root.path("type").asText(""), root.path("message").asText(root.path("detail").asText(shorten(body))));
      }
    } catch (IOException | RuntimeException notJson) {
      // fall through: an HTML page from a proxy, or nothing at all
    }
    return new ApiError("", shorten(body));
  }

  static Duration tryAgainAfter(String message) {
    Matcher m = TRY_AGAIN.matcher(message);
    if (!m.find()) {
      return null;
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    double millis = unit.startsWith("ms") || unit.startsWith("milli") ? amount
        : unit.startsWith("m") ? amount * 60_000 : amount * 1000;
    return Duration.ofMillis((long) Math.ceil(millis));
  }

  static Duration retryAfter(String header, String millisHeader) {
    if (millisHeader != null && millisHeader.strip().matches("\\d+(\\.\\d+)?")) {
      return Duration.ofMillis((long) Double.parseDouble(millisHeader.strip()));
    }
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.matches("\\d+(\\.\\d+)?")) {
      return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String shorten(String body) {
    String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
  }

  private record ApiError(String type, String message) {
    static ApiError of(JsonNode error, String body) {
      String message = error.path("message").asText("");
      return new ApiError(error.path("type").asText(""), message.isEmpty() ? shorten(body) : message);
    }

    String describe(int status) {
      String head = type.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + type;
      return message.isEmpty() ? head : head + ": " + message;
    }
  }
}
