package dev.fixer.runner.github;

import java.util.List;
import java.util.Objects;

/**
 * An issue (or pull request, which GitHub also lists as an issue) as fixer reads it.
 *
 * @param body the Markdown body, empty when the issue has none
 * @param author the login of who opened it
 * @param state {@code open} or {@code closed}
 * @param pullRequest whether this is a pull request
 * @param labels the label names
 * @param comments the comments, oldest first; empty when they were not loaded
 * @param htmlUrl the page of the issue on GitHub
 */
public record GitHubIssue(int number, String title, String body, String author, String state,
    boolean pullRequest, List<String> labels, List<Comment> comments, String htmlUrl) {

  public GitHubIssue {
    if (number < 1) {
      throw new IllegalArgumentException("an issue number is at least 1, got " + number);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(state, "state");
    labels = List.copyOf(labels);
    comments = List.copyOf(comments);
    Objects.requireNonNull(htmlUrl, "htmlUrl");
  }

  /** Whether the issue is open. */
  public boolean open() {
    return state.equals("open");
  }

  /**
   * One comment on an issue.
   *
   * @param createdAt when it was made, ISO-8601 in UTC, e.g. {@code 2024-05-01T10:00:00Z}
   */
  public record Comment(long id, String author, String createdAt, String body) {

    public Comment {
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(body, "body");
    }
  }
}
