package dev.fixer.runner.github;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers every request to {@link FakeGitHub} from its state, under its lock: a queued stall holds
 * the request until the fake closes; then queued failures, the token check and the routes; anything
 * else is GitHub's 404.
 */
final class FakeRoutes extends Dispatcher {

  private final FakeRepo repo;
  private final FakeGitHubJson json;
  private final FakeAnswers answers;
  private final FakeIssueRoutes issues;
  private final FakePullRoutes pulls;

  FakeRoutes(FakeRepo repo) {
    this.repo = repo;
    this.json = new FakeGitHubJson(repo);
    this.answers = new FakeAnswers(repo);
    this.issues = new FakeIssueRoutes(repo, json, answers);
    this.pulls = new FakePullRoutes(repo, json, answers);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    boolean stalled;
    synchronized (repo) {
      repo.requests.add(request);
      stalled = repo.takeStall(request.getMethod(), request.getUrl().encodedPath());
    }
    return stalled ? stall() : answer(request);
  }

  /** Holds a stalled request, outside the lock, until the fake closes; then answers 503 without doing it. */
  private MockResponse stall() {
    try {
      repo.closing.await(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new MockResponse.Builder().code(503).body("{\"message\":\"stalled\"}").build();
  }

  private MockResponse answer(RecordedRequest request) {
    synchronized (repo) {
      String method = request.getMethod();
      String path = request.getUrl().encodedPath();
      Optional<FakeRepo.Failure> failure = repo.takeFailure(method, path);
      if (failure.isPresent()) {
        return answers.raw(failure.get().status(), failure.get().body());
      }
      if (repo.requiredToken != null && !authorized(request.getHeaders().get("Authorization"))) {
        return answers.error(401, "Bad credentials", "");
      }
      if (path.equals("/user")) {
        return answers.error(500, "fixer must not call GET /user", "");
      }
      if (repo.redirects.containsKey(path) && method.equals("GET")) {
        return new MockResponse.Builder().code(302).addHeader("Location", repo.redirects.get(path)).build();
      }
      FakeRepo.Served file = repo.files.get(path);
      if (file != null && method.equals("GET")) {
        return answers.file(file);
      }
      return route(method, request.getUrl().pathSegments(), request).orElseGet(answers::notFound);
    }
  }

  private Optional<MockResponse> route(String method, List<String> segments, RecordedRequest request) {
    if (segments.size() < 3 || !segments.get(0).equals("repos") || !segments.get(1).equalsIgnoreCase(repo.owner)
        || !segments.get(2).equalsIgnoreCase(repo.name)) {
      return Optional.empty();
    }
    List<String> rest = segments.subList(3, segments.size());
    if (rest.isEmpty() || rest.equals(List.of(""))) {
      return method.equals("GET") ? Optional.of(answers.json(200, json.repository())) : Optional.empty();
    }
    List<String> after = rest.subList(1, rest.size());
    switch (rest.get(0)) {
      case "issues":
        return issues.answer(method, after, request);
      case "pulls":
        return pulls.answer(method, after, request);
      case "collaborators":
        return after.size() == 2 && after.get(1).equals("permission") && method.equals("GET")
            ? Optional.of(permission(after.get(0))) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private MockResponse permission(String login) {
    String role = repo.roles.get(login.toLowerCase(Locale.ROOT));
    return role == null ? answers.notFound() : answers.json(200, json.permission(login, role));
  }

  private boolean authorized(String header) {
    return header != null
        && (header.equals("token " + repo.requiredToken) || header.equals("Bearer " + repo.requiredToken));
  }

  /** The number in a path segment; -1 when it is not one, which no issue or comment has. */
  static long number(String segment) {
    try {
      return Long.parseLong(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
