package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A repository's pull requests as review feedback needs them: their state and branch, the comments of
 * their reviews, and replies in a review comment's thread.
 */
public final class PullReviews {

  private static final int PAGE_SIZE = 100;
  private static final String DIFF = "application/vnd.github.diff";

  private final GitHubHttp http;
  private final GitHubFailures failures;
  private final String fullName;

  private PullReviews(GitHubHttp http, GitHubFailures failures, String fullName) {
    this.http = http;
    this.failures = failures;
    this.fullName = fullName;
  }

  /** The pull requests of {@code fullName} (OWNER/NAME, as {@link GitHubRepo#connect} checks it). */
  public static PullReviews of(GitHubAccess access, String fullName) {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(fullName, "fullName");
    return new PullReviews(new GitHubHttp(access), new GitHubFailures(access.apiUrl(), fullName,
        access.token().isEmpty()), fullName);
  }

  /**
   * The state and head branch of pull request {@code number}.
   *
   * @throws dev.fixer.runner.FixerException usage when there is no such pull request
   */
  public PullHead head(int number) {
    JsonNode pull = failures.call("read pull request #" + number + " of " + fullName,
        "pull request #" + number + " was not found in " + fullName, () -> http.get(path("/pulls/" + number)));
    return new PullHead(number, pull.path("state").asText(), pull.path("head").path("ref").asText(),
        pull.path("head").path("repo").path("full_name").asText(""));
  }

  /** The review comments on lines of pull request {@code number}, oldest first: all of them, page by page. */
  public List<ReviewComment> lineComments(int number) {
    List<JsonNode> all = failures.call("read the review comments of pull request #" + number + " of " + fullName,
        () -> http.getAll(path("/pulls/" + number + "/comments?per_page=" + PAGE_SIZE)));
    List<ReviewComment> comments = new ArrayList<>();
    for (JsonNode comment : all) {
      JsonNode line = comment.path("line").isIntegralNumber() ? comment.path("line") : comment.path("original_line");
      comments.add(new ReviewComment(comment.path("id").asLong(), comment.path("user").path("login").asText("someone"),
          comment.path("body").asText(""), comment.path("path").asText(""), Math.max(0, line.asInt(0))));
    }
    return comments;
  }

  /**
   * The diff of pull request {@code number} as GitHub shows it (its base's merge base to its head),
   * whatever the local checkout holds.
   *
   * @throws dev.fixer.runner.FixerException as GitHub refuses, e.g. 406 for a diff too large to give
   */
  public String diff(int number) {
    return failures.call("read the diff of pull request #" + number + " of " + fullName,
        "pull request #" + number + " was not found in " + fullName,
        () -> http.getText(path("/pulls/" + number), DIFF));
  }

  /** Replies in the thread of review comment {@code commentId} on pull request {@code number}. */
  public void reply(int number, long commentId, String body) {
    failures.call("reply to review comment " + commentId + " of pull request #" + number + " of " + fullName,
        () -> http.post(path("/pulls/" + number + "/comments/" + commentId + "/replies"), Map.of("body", body)));
  }

  private String path(String rest) {
    return "/repos/" + fullName + rest;
  }

  /**
   * A pull request's state and branch.
   *
   * @param state {@code open} or {@code closed}
   * @param headRef the branch it merges from, without the owner
   * @param headRepo OWNER/NAME of the repository that branch is in (another one for a fork); empty when
   *     GitHub no longer knows it
   */
  public record PullHead(int number, String state, String headRef, String headRepo) {
    public PullHead {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(headRef, "headRef");
      Objects.requireNonNull(headRepo, "headRepo");
    }
  }
}
