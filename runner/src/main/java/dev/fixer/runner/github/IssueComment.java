package dev.fixer.runner.github;

import java.util.Objects;

/** A comment fixer wrote or found on an issue: its id (to edit it), its page and its Markdown body. */
public record IssueComment(long id, String htmlUrl, String body) {

  public IssueComment {
    Objects.requireNonNull(htmlUrl, "htmlUrl");
    Objects.requireNonNull(body, "body");
  }
}
