package dev.fixer.runner.github;

import java.util.Objects;

/**
 * A comment of a pull request's review: on a line of a file, or (for a review's own text or a comment
 * on the pull request) on none.
 *
 * @param id the comment's id; 0 for text that is no review comment, such as a review's body
 * @param author the login of who wrote it
 * @param body the text as written, code suggestions included
 * @param path the file it is on; empty when on none
 * @param line the line of the file it is on; 0 when on none, or when the line is gone from the diff
 */
public record ReviewComment(long id, String author, String body, String path, int line) {

  public ReviewComment {
    if (id < 0 || line < 0) {
      throw new IllegalArgumentException("an id and a line are at least 0, got " + id + " and " + line);
    }
    Objects.requireNonNull(author, "author");
    if (author.isBlank()) {
      throw new IllegalArgumentException("author is blank");
    }
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(path, "path");
  }

  /** Text on no line, such as a review's body or a comment on the pull request. */
  public static ReviewComment general(long id, String author, String body) {
    return new ReviewComment(id, author, body, "", 0);
  }
}
