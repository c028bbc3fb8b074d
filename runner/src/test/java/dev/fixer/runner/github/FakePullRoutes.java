package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** {@link FakeGitHub}'s /repos/{owner}/{name}/pulls endpoints. */
final class FakePullRoutes {

  private static final String CREATE_DOCS = "/pulls/pulls#create-a-pull-request";
  private static final String DIFF = "application/vnd.github.diff";

  private final FakeRepo repo;
  private final FakeGitHubJson json;
  private final FakeAnswers answers;

  FakePullRoutes(FakeRepo repo, FakeGitHubJson json, FakeAnswers answers) {
    this.repo = repo;
    this.json = json;
    this.answers = answers;
  }

  /** Answers {@code method} on {@code path} (the segments after "pulls"); empty when no route matches. */
  Optional<MockResponse> answer(String method, List<String> path, RecordedRequest request) {
    if (path.isEmpty()) {
      return method.equals("GET") ? Optional.of(list(request))
          : method.equals("POST") ? Optional.of(create(request)) : Optional.empty();
    }
    Optional<FakeItem> pull = repo.item((int) FakeRoutes.number(path.get(0))).filter(FakeItem::isPull);
    if (path.size() > 1 && path.get(1).equals("comments")) {
      return pull.isEmpty() ? Optional.of(answers.notFound()) : reviewComments(method, path, pull.get(), request);
    }
    if (path.size() != 1) {
      return Optional.empty();
    }
    if (pull.isEmpty()) {
      return Optional.of(answers.notFound());
    }
    if (method.equals("GET") && String.valueOf(request.getHeaders().get("Accept")).contains(DIFF)) {
      return Optional.of(diff(pull.get()));
    }
    return method.equals("GET") ? Optional.of(answers.json(200, json.pull(pull.get(), true)))
        : method.equals("PATCH") ? Optional.of(update(pull.get(), request)) : Optional.empty();
  }

  /** GET comments, and POST comments/{id}/replies, of a pull request. */
  private Optional<MockResponse> reviewComments(String method, List<String> path, FakeItem pull,
      RecordedRequest request) {
    if (path.size() == 2 && method.equals("GET")) {
      return Optional.of(answers.page(request, pull.reviewComments.stream().map(c -> (Object) reviewComment(pull, c))
          .toList()));
    }
    if (path.size() != 4 || !path.get(3).equals("replies") || !method.equals("POST")) {
      return Optional.empty();
    }
    long to = FakeRoutes.number(path.get(2));
    Optional<FakeGitHub.FakeReviewComment> first = pull.reviewComments.stream().filter(c -> c.id() == to).findFirst();
    JsonNode body = FakeAnswers.body(request);
    if (first.isEmpty() || !body.path("body").isTextual()) {
      return Optional.of(first.isEmpty() ? answers.notFound() : answers.json(422, invalid("missing_field", "body")));
    }
    FakeGitHub.FakeReviewComment reply = new FakeGitHub.FakeReviewComment(repo.newCommentId(), repo.botLogin,
        first.get().path(), first.get().line(), body.path("body").asText(), to);
    pull.reviewComments.add(reply);
    return Optional.of(answers.created(reviewComment(pull, reply), json.repoApi() + "/pulls/comments/" + reply.id()));
  }

  private Object reviewComment(FakeItem pull, FakeGitHub.FakeReviewComment comment) {
    return FakeGitHubJson.object("id", comment.id(), "pull_request_review_id", 1, "path", comment.path(),
        "line", comment.line(), "original_line", comment.line(), "side", "RIGHT", "body", comment.body(),
        "user", FakeGitHubJson.object("login", comment.author(), "type", "User"),
        "in_reply_to_id", comment.inReplyTo() == 0 ? null : comment.inReplyTo(),
        "pull_request_url", json.repoApi() + "/pulls/" + pull.number);
  }

  /** The pull request's diff as text, as GitHub gives it for {@code Accept: application/vnd.github.diff}. */
  private MockResponse diff(FakeItem pull) {
    if (pull.refusedDiffBody != null) {
      return answers.raw(pull.refusedDiffStatus, pull.refusedDiffBody);
    }
    return new MockResponse.Builder().code(200).addHeader("Server", "GitHub.com")
        .addHeader("Content-Type", DIFF + "; charset=utf-8").addHeader("X-GitHub-Media-Type", "github.v3; format=diff")
        .body(repo.diff(pull.base, pull.head)).build();
  }

  private MockResponse list(RecordedRequest request) {
    String state = Optional.ofNullable(request.getUrl().queryParameter("state")).orElse("open");
    Optional<String> head = Optional.ofNullable(request.getUrl().queryParameter("head"));
    Optional<String> base = Optional.ofNullable(request.getUrl().queryParameter("base"));
    Comparator<FakeItem> order = Comparator.comparingInt(item -> item.number);
    boolean ascending = "asc".equals(request.getUrl().queryParameter("direction"));
    List<Object> pulls = repo.items.values().stream()
        .filter(FakeItem::isPull)
        .filter(item -> state.equals("all") || item.state.equals(state))
        .filter(item -> head.isEmpty() || head.get().equalsIgnoreCase(repo.owner + ":" + item.head))
        .filter(item -> base.isEmpty() || base.get().equals(item.base))
        .sorted(ascending ? order : order.reversed())
        .map(item -> (Object) json.pull(item, false))
        .toList();
    return answers.page(request, pulls);
  }

  private MockResponse create(RecordedRequest request) {
    JsonNode body = FakeAnswers.body(request);
    String head = body.path("head").asText("");
    String branch = head.startsWith(repo.owner + ":") ? head.substring(repo.owner.length() + 1) : head;
    String base = body.path("base").asText("");
    if (!body.path("title").isTextual() || branch.isEmpty() || base.isEmpty()) {
      return answers.json(422, invalid("missing_field", "title, head and base are required"));
    }
    Optional<String> sha = repo.branchTip(branch);
    if (sha.isEmpty() || repo.branchTip(base).isEmpty()) {
      return answers.json(422, invalid("invalid", sha.isEmpty() ? "head" : "base"));
    }
    boolean exists = repo.items.values().stream()
        .anyMatch(item -> item.isPull() && item.state.equals("open") && item.head.equals(branch));
    if (exists) {
      return answers.json(422,
          invalid("custom", "A pull request already exists for " + repo.owner + ":" + branch + "."));
    }
    FakeItem pull = repo.newItem(body.path("title").asText(), body.path("body").asText(null), repo.botLogin, branch);
    pull.base = base;
    pull.draft = body.path("draft").asBoolean(false);
    pull.headSha = sha.get();
    return answers.created(json.pull(pull, true), json.repoApi() + "/pulls/" + pull.number);
  }

  private MockResponse update(FakeItem pull, RecordedRequest request) {
    JsonNode body = FakeAnswers.body(request);
    if (body.path("title").isTextual()) {
      pull.title = body.path("title").asText();
    }
    if (body.has("body")) {
      pull.body = body.path("body").asText(null);
    }
    if (body.path("state").isTextual()) {
      pull.state = body.path("state").asText();
    }
    if (body.path("base").isTextual()) {
      pull.base = body.path("base").asText();
    }
    pull.updatedAt = repo.now();
    return answers.json(200, json.pull(pull, true));
  }

  /** GitHub's 422 "Validation Failed"; {@code detail} is the field for missing_field and invalid, else the message. */
  private static Object invalid(String code, String detail) {
    Object error = code.equals("custom")
        ? FakeGitHubJson.object("resource", "PullRequest", "code", code, "message", detail)
        : FakeGitHubJson.object("resource", "PullRequest", "code", code, "field", detail);
    return FakeGitHubJson.object("message", "Validation Failed", "errors", List.of(error),
        "documentation_url", "https://docs.github.com/rest" + CREATE_DOCS, "status", "422");
  }
}
