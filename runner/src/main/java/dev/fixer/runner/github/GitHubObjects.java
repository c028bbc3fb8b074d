package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHPullRequest;

/** fixer's records made from github-api's objects and from plain JSON answers. */
final class GitHubObjects {

  private GitHubObjects() {}

  static GitHubIssue issue(GHIssue issue, List<GitHubIssue.Comment> comments) throws IOException {
    return new GitHubIssue(issue.getNumber(), nonNull(issue.getTitle()), nonNull(issue.getBody()),
        issue.getUser().getLogin(), issue.getState().name().toLowerCase(Locale.ROOT), issue.isPullRequest(),
        issue.getLabels().stream().map(GHLabel::getName).toList(), comments, issue.getHtmlUrl().toString());
  }

  static GitHubIssue.Comment comment(GHIssueComment comment) throws IOException {
    return new GitHubIssue.Comment(comment.getId(), comment.getUserName(),
        comment.getCreatedAt().toInstant().toString(), nonNull(comment.getBody()));
  }

  static IssueComment issueComment(GHIssueComment comment) {
    return new IssueComment(comment.getId(), comment.getHtmlUrl().toString(), nonNull(comment.getBody()));
  }

  static IssueComment issueComment(JsonNode comment) {
    return new IssueComment(comment.path("id").asLong(), comment.path("html_url").asText(),
        comment.path("body").asText(""));
  }

  static PullRequest pullRequest(GHPullRequest pull) throws IOException {
    return new PullRequest(pull.getNumber(), pull.getHtmlUrl().toString(), pull.getHead().getRef(),
        pull.getHead().getSha(), pull.isDraft());
  }

  static PullRequest pullRequest(JsonNode pull) {
    JsonNode head = pull.path("head");
    return new PullRequest(pull.path("number").asInt(), pull.path("html_url").asText(),
        head.path("ref").asText(), head.path("sha").asText(), pull.path("draft").asBoolean());
  }

  /**
   * The role in a collaborator permission answer: {@code role_name} when it is a standard role,
   * else the coarser {@code permission} (admin, write, read, none).
   */
  static Permission permission(JsonNode answer) {
    Permission role = Permission.named(answer.path("role_name").asText(""));
    return role != Permission.NONE ? role : Permission.named(answer.path("permission").asText(""));
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
