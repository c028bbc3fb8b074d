package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
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
  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
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

  /**
   * GETs {@code path} as the media type {@code accept} (e.g. {@code application/vnd.github.diff}) and
   * returns the body as text.
   */
  String getText(String path, String accept) throws IOException {
    Request request = request(path).header("Accept", accept).get().build();
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new HttpException(body, response.code(), response.message(), request.url().toString());
      }
      return body;
    }
  }

  /**
   * GETs every page of the list at {@code path} (which sets {@code per_page}), following GitHub's
   * {@code Link: <...>; rel="next"} headers, and returns the items of all pages in order. A next link
   * to another server than the API root's is refused, so that the token goes nowhere else.
   */
  List<JsonNode> getAll(String path) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    Set<HttpUrl> seen = new HashSet<>();
    HttpUrl next = HttpUrl.get(apiUrl + path);
    while (next != null && seen.add(next)) {
      Request request = request(next).get().build();
      try (Response response = client.newCall(request).execute()) {
        String body = response.body().string();
        if (!response.isSuccessful()) {
          throw new HttpException(body, response.code(), response.message(), request.url().toString());
        }
        json.readTree(body).forEach(items::add);
        next = nextPage(response.header("Link"));
      }
    }
    return items;
  }

  private HttpUrl nextPage(String link) throws IOException {
    Matcher next = NEXT_LINK.matcher(link == null ? "" : link);
    if (!next.find()) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(next.group(1));
    HttpUrl root = HttpUrl.get(apiUrl);
    if (url == null || !url.scheme().equals(root.scheme()) || !url.host().equals(root.host())
        || url.port() != root.port()) {
      throw new IOException("GitHub's link to the next page, " + next.group(1) + ", is not on " + apiUrl);
    }
    return url;
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
    return request(HttpUrl.get(apiUrl + path));
  }

  private Request.Builder request(HttpUrl url) {
    Request.Builder builder = new Request.Builder()
        .url(url)
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
