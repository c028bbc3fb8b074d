package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** {@link FakeGitHub}'s /repos/{owner}/{name}/issues endpoints: issues, their comments and labels. */
final class FakeIssueRoutes {

  private static final String NO_BODY = "Invalid request.\n\n\"body\" wasn't supplied.";

  private final FakeRepo repo;
  private final FakeGitHubJson json;
  private final FakeAnswers answers;

  FakeIssueRoutes(FakeRepo repo, FakeGitHubJson json, FakeAnswers answers) {
    this.repo = repo;
    this.json = json;
    this.answers = answers;
  }

  /** Answers {@code method} on {@code path} (the segments after "issues"); empty when no route matches. */
  Optional<MockResponse> answer(String method, List<String> path, RecordedRequest request) {
    if (path.isEmpty()) {
      return method.equals("GET") ? Optional.of(list(request)) : Optional.empty();
    }
    if (path.get(0).equals("comments")) {
      return path.size() == 2 && method.equals("PATCH")
          ? Optional.of(editComment(FakeRoutes.number(path.get(1)), request)) : Optional.empty();
    }
    Optional<FakeItem> item = repo.item((int) FakeRoutes.number(path.get(0)));
    if (item.isEmpty()) {
      return Optional.of(answers.notFound());
    }
    String part = path.size() > 1 ? path.get(1) : "";
    if (path.size() == 1 && method.equals("GET")) {
      return Optional.of(answers.json(200, json.issue(item.get())));
    }
    if (path.size() == 2 && part.equals("comments")) {
      return method.equals("GET") ? Optional.of(answers.page(request, comments(item.get())))
          : method.equals("POST") ? Optional.of(addComment(item.get(), request)) : Optional.empty();
    }
    if (path.size() == 2 && part.equals("labels")) {
      return method.equals("GET") ? Optional.of(answers.page(request, json.labels(item.get())))
          : method.equals("POST") ? Optional.of(addLabels(item.get(), request)) : Optional.empty();
    }
    if (path.size() == 3 && part.equals("labels") && method.equals("DELETE")) {
      return Optional.of(removeLabel(item.get(), path.get(2)));
    }
    return Optional.empty();
  }

  private List<Object> comments(FakeItem item) {
    return item.comments.stream().map(comment -> (Object) json.comment(item, comment)).toList();
  }

  private MockResponse list(RecordedRequest request) {
    String state = Optional.ofNullable(request.getUrl().queryParameter("state")).orElse("open");
    List<String> labels = Optional.ofNullable(request.getUrl().queryParameter("labels"))
        .map(value -> Stream.of(value.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList())
        .orElse(List.of());
    Comparator<FakeItem> order = Comparator.comparingInt(item -> item.number);
    boolean ascending = "asc".equals(request.getUrl().queryParameter("direction"));
    List<Object> issues = repo.items.values().stream()
        .filter(item -> state.equals("all") || item.state.equals(state))
        .filter(item -> labels.stream().allMatch(item::hasLabel))
        .sorted(ascending ? order : order.reversed())
        .map(json::issue)
        .map(Object.class::cast)
        .toList();
    return answers.page(request, issues);
  }

  private MockResponse addComment(FakeItem item, RecordedRequest request) {
    JsonNode body = FakeAnswers.body(request).path("body");
    if (!body.isTextual()) {
      return answers.error(422, NO_BODY, "/issues/comments#create-an-issue-comment");
    }
    String now = repo.now();
    FakeItem.Comment comment = new FakeItem.Comment(repo.newCommentId(), repo.botLogin, body.asText(), now, now);
    item.comments.add(comment);
    item.updatedAt = now;
    return answers.created(json.comment(item, comment), json.repoApi() + "/issues/comments/" + comment.id());
  }

  private MockResponse editComment(long id, RecordedRequest request) {
    JsonNode body = FakeAnswers.body(request).path("body");
    for (FakeItem item : repo.items.values()) {
      for (int i = 0; i < item.comments.size(); i++) {
        FakeItem.Comment old = item.comments.get(i);
        if (old.id() == id && body.isTextual()) {
          FakeItem.Comment edited = new FakeItem.Comment(id, old.author(), body.asText(), old.createdAt(), repo.now());
          item.comments.set(i, edited);
          return answers.json(200, json.comment(item, edited));
        }
      }
    }
    return body.isTextual() ? answers.notFound()
        : answers.error(422, NO_BODY, "/issues/comments#update-an-issue-comment");
  }

  private MockResponse addLabels(FakeItem item, RecordedRequest request) {
    JsonNode body = FakeAnswers.body(request);
    List<String> added = new ArrayList<>();
    (body.isArray() ? body : body.path("labels")).forEach(label -> added.add(label.asText()));
    for (String label : added) {
      if (!item.hasLabel(label)) {
        repo.labelId(label);
        item.labels.add(label);
      }
    }
    item.updatedAt = repo.now();
    return answers.json(200, json.labels(item));
  }

  private MockResponse removeLabel(FakeItem item, String label) {
    if (!item.labels.removeIf(name -> name.equalsIgnoreCase(label))) {
      return answers.error(404, "Label does not exist", "/issues/labels#remove-a-label-from-an-issue");
    }
    item.updatedAt = repo.now();
    return answers.json(200, json.labels(item));
  }
}
