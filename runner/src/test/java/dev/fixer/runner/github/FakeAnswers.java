package dev.fixer.runner.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;

/** How {@link FakeGitHub} answers: JSON with GitHub's headers, pages with a Link header, GitHub's errors. */
final class FakeAnswers {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int DEFAULT_PER_PAGE = 30;
  private static final int MAX_PER_PAGE = 100;

  private final FakeRepo repo;
  private final long rateLimitReset = Instant.now().plusSeconds(3600).getEpochSecond();

  FakeAnswers(FakeRepo repo) {
    this.repo = repo;
  }

  MockResponse json(int status, Object body) {
    return builder(status, body).build();
  }

  MockResponse created(Object body, String location) {
    return builder(201, body).addHeader("Location", location).build();
  }

  MockResponse error(int status, String message, String documentation) {
    return json(status, FakeGitHubJson.error(status, message, documentation));
  }

  /** {@code status} with {@code body} as it is, with GitHub's headers. */
  MockResponse raw(int status, String body) {
    return builder(status, "").body(body).build();
  }

  MockResponse file(FakeRepo.Served file) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", file.contentType())
        .body(new Buffer().write(file.body())).build();
  }

  MockResponse notFound() {
    return error(404, "Not Found", "");
  }

  /** The page of {@code all} that {@code page} and {@code per_page} ask for, with a Link header to the others. */
  MockResponse page(RecordedRequest request, List<?> all) {
    HttpUrl url = request.getUrl();
    int perPage = Math.max(1, Math.min(MAX_PER_PAGE, intParameter(url, "per_page", DEFAULT_PER_PAGE)));
    int page = Math.max(1, intParameter(url, "page", 1));
    int last = Math.max(1, (all.size() + perPage - 1) / perPage);
    int from = Math.min(all.size(), (page - 1) * perPage);
    MockResponse.Builder answer = builder(200, all.subList(from, Math.min(all.size(), from + perPage)));
    List<String> links = new ArrayList<>();
    if (page < last) {
      links.add(link(url, page + 1, "next"));
      links.add(link(url, last, "last"));
    }
    if (page > 1) {
      links.add(link(url, page - 1, "prev"));
      links.add(link(url, 1, "first"));
    }
    if (!links.isEmpty()) {
      answer.addHeader("Link", String.join(", ", links));
    }
    return answer.build();
  }

  static JsonNode body(RecordedRequest request) {
    try {
      return request.getBody() == null || request.getBody().size() == 0
          ? MAPPER.createObjectNode() : MAPPER.readTree(request.getBody().utf8());
    } catch (JsonProcessingException e) {
      return MAPPER.createObjectNode();
    }
  }

  private String link(HttpUrl url, int page, String rel) {
    HttpUrl target = HttpUrl.get(repo.apiUrl + url.encodedPath()).newBuilder()
        .encodedQuery(url.encodedQuery()).setQueryParameter("page", String.valueOf(page)).build();
    return "<" + target + ">; rel=\"" + rel + "\"";
  }

  private static int intParameter(HttpUrl url, String name, int fallback) {
    try {
      String value = url.queryParameter(name);
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private MockResponse.Builder builder(int status, Object body) {
    int used = repo.requests.size();
    try {
      return new MockResponse.Builder()
          .code(status)
          .addHeader("Server", "GitHub.com")
          .addHeader("Content-Type", "application/json; charset=utf-8")
          .addHeader("X-GitHub-Media-Type", "github.v3; format=json")
          .addHeader("X-RateLimit-Limit", "5000")
          .addHeader("X-RateLimit-Remaining", String.valueOf(Math.max(0, 5000 - used)))
          .addHeader("X-RateLimit-Reset", String.valueOf(rateLimitReset))
          .addHeader("X-RateLimit-Used", String.valueOf(used))
          .addHeader("X-RateLimit-Resource", "core")
          .addHeader("X-GitHub-Request-Id", "FAKE:" + used)
          .body(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
