package dev.fixer.runner.github;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payloads of {@link FakeGitHub}, shaped like api.github.com's (same field names, the fields
 * github-api reads), with every API URL on the fake.
 */
final class FakeGitHubJson {

  private static final String CREATED = "2023-01-01T00:00:00Z";

  private final FakeRepo repo;

  FakeGitHubJson(FakeRepo repo) {
    this.repo = repo;
  }

  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  static Map<String, Object> error(int status, String message, String documentation) {
    return object("message", message, "documentation_url", "https://docs.github.com/rest" + documentation,
        "status", String.valueOf(status));
  }

  Map<String, Object> user(String login) {
    long id = 100_000L + Math.abs((long) login.hashCode() % 900_000L);
    return object("login", login, "id", id, "node_id", "U_" + id,
        "avatar_url", "https://avatars.githubusercontent.com/u/" + id + "?v=4", "gravatar_id", "",
        "url", repo.apiUrl + "/users/" + login, "html_url", repo.serverUrl() + "/" + login,
        "type", login.endsWith("[bot]") ? "Bot" : "User", "site_admin", false);
  }

  Map<String, Object> repository() {
    String api = repoApi();
    Map<String, Object> json = object("id", 700_000_001L, "node_id", "R_kgDOfake", "name", repo.name,
        "full_name", repo.fullName(), "private", false, "owner", user(repo.owner),
        "html_url", repo.serverUrl() + "/" + repo.fullName(), "description", "a repository on FakeGitHub",
        "fork", false, "url", api, "issues_url", api + "/issues{/number}", "pulls_url", api + "/pulls{/number}",
        "created_at", CREATED, "updated_at", CREATED, "pushed_at", CREATED);
    json.putAll(object("git_url", "git://fake/" + repo.fullName() + ".git",
        "ssh_url", "git@fake:" + repo.fullName() + ".git",
        "clone_url", repo.cloneUrl, "svn_url", repo.serverUrl() + "/" + repo.fullName(), "homepage", null, "size", 1,
        "has_issues", true, "archived", false, "disabled", false, "visibility", "public", "forks_count", 0,
        "open_issues_count", repo.items.values().stream().filter(item -> item.state.equals("open")).count(),
        "default_branch", repo.defaultBranch,
        "permissions", object("admin", true, "maintain", true, "push", true, "triage", true, "pull", true)));
    return json;
  }

  Map<String, Object> label(String name) {
    long id = repo.labelId(name);
    return object("id", id, "node_id", "LA_" + id, "url", repoApi() + "/labels/" + name, "name", name,
        "color", "ededed", "default", false, "description", null);
  }

  List<Map<String, Object>> labels(FakeItem item) {
    return item.labels.stream().map(this::label).toList();
  }

  Map<String, Object> issue(FakeItem item) {
    String api = repoApi() + "/issues/" + item.number;
    Map<String, Object> json = object("url", api, "repository_url", repoApi(), "labels_url", api + "/labels{/name}",
        "comments_url", api + "/comments", "events_url", api + "/events",
        "html_url", htmlUrl(item), "id", 800_000_000L + item.number, "node_id", "I_" + item.number,
        "number", item.number, "title", item.title, "user", user(item.author), "labels", labels(item),
        "state", item.state, "locked", false, "assignee", null, "assignees", List.of(), "milestone", null,
        "comments", item.comments.size(), "created_at", item.createdAt, "updated_at", item.updatedAt,
        "closed_at", item.state.equals("closed") ? item.updatedAt : null, "author_association", "NONE",
        "body", item.body, "state_reason", null);
    if (item.isPull()) {
      String pull = repoApi() + "/pulls/" + item.number;
      json.put("draft", item.draft);
      json.put("pull_request", object("url", pull, "html_url", htmlUrl(item), "diff_url", htmlUrl(item) + ".diff",
          "patch_url", htmlUrl(item) + ".patch", "merged_at", null));
    }
    return json;
  }

  /** A pull request; {@code single} adds the fields only GET, POST and PATCH of one pull request carry. */
  Map<String, Object> pull(FakeItem item, boolean single) {
    String api = repoApi() + "/pulls/" + item.number;
    Map<String, Object> json = object("url", api, "id", 900_000_000L + item.number, "node_id", "PR_" + item.number,
        "html_url", htmlUrl(item), "diff_url", htmlUrl(item) + ".diff", "patch_url", htmlUrl(item) + ".patch",
        "issue_url", repoApi() + "/issues/" + item.number, "number", item.number, "state", item.state,
        "locked", false, "title", item.title, "user", user(item.author), "body", item.body,
        "created_at", item.createdAt, "updated_at", item.updatedAt,
        "closed_at", item.state.equals("closed") ? item.updatedAt : null, "merged_at", null,
        "merge_commit_sha", null, "assignee", null, "assignees", List.of(), "requested_reviewers", List.of(),
        "labels", labels(item), "milestone", null, "draft", item.draft,
        "head", pointer(item.head, item.headSha), "base", pointer(item.base, repo.branchTip(item.base).orElse("")),
        "author_association", "NONE");
    if (single) {
      json.putAll(object("merged", false, "mergeable", null, "rebaseable", null, "mergeable_state", "unknown",
          "merged_by", null, "comments", item.comments.size(), "review_comments", 0, "maintainer_can_modify", true,
          "commits", 1, "additions", 1, "deletions", 0, "changed_files", 1));
    }
    return json;
  }

  private Map<String, Object> pointer(String ref, String sha) {
    return object("label", repo.owner + ":" + ref, "ref", ref, "sha", sha, "user", user(repo.owner),
        "repo", repository());
  }

  Map<String, Object> comment(FakeItem item, FakeItem.Comment comment) {
    String api = repoApi() + "/issues/comments/" + comment.id();
    return object("url", api, "html_url", htmlUrl(item) + "#issuecomment-" + comment.id(),
        "issue_url", repoApi() + "/issues/" + item.number, "id", comment.id(), "node_id", "IC_" + comment.id(),
        "user", user(comment.author()), "created_at", comment.createdAt(), "updated_at", comment.updatedAt(),
        "author_association", "NONE", "body", comment.body());
  }

  Map<String, Object> permission(String login, String role) {
    String legacy = role.equals("maintain") ? "write" : role.equals("triage") ? "read" : role;
    return object("permission", legacy, "role_name", role, "user", user(login));
  }

  String repoApi() {
    return repo.apiUrl + "/repos/" + repo.fullName();
  }

  private String htmlUrl(FakeItem item) {
    return repo.serverUrl() + "/" + repo.fullName() + (item.isPull() ? "/pull/" : "/issues/") + item.number;
  }
}
