package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.kohsuke.github.HttpException;

/**
 * Plain JSON calls to the GitHub REST API, for the few endpoints github-api makes awkward. Fails
 * like github-api does: an {@link HttpException} carrying the status and the error body, or an
 * {@link IOException} when GitHub cannot be reached.
 */
final class GitHubHttp {

  static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client =
      new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(20)).callTimeout(TIMEOUT).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String apiUrl;
  private final Optional<String> token;

  GitHubHttp(GitHubAccess access) {
    this.apiUrl = access.apiUrl();
    this.token = access.token();
  }

  /** The client every call to GitHub goes through: one connection pool, at most {@link #TIMEOUT} a call. */
  OkHttpClient client() {
    return client;
  }

  /** GETs {@code path} (starting with '/', already encoded) under the API root. */
  JsonNode get(String path) throws IOException {
    return send(request(path).get().build());
  }

  /** PATCHes {@code path} with {@code fields} as a JSON object. */
  JsonNode patch(String path, Map<String, ?> fields) throws IOException {
    return send(request(path).patch(RequestBody.create(json.writeValueAsBytes(fields), JSON_TYPE)).build());
  }

  /** POSTs {@code path} with {@code fields} as a JSON object. */
  JsonNode post(String path, Map<String, ?> fields) throws IOException {
    return send(request(path).post(RequestBody.create(json.writeValueAsBytes(fields), JSON_TYPE)).build());
  }

  private Request.Builder request(String path) {
    Request.Builder builder = new Request.Builder()
        .url(apiUrl + path)
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "fixer");
    token.ifPresent(value -> builder.header("Authorization", "token " + value));
    return builder;
  }

  private JsonNode send(Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new HttpException(body, response.code(), response.message(), request.url().toString());
      }
      return json.readTree(body);
    }
  }
}
