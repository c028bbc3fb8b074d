package dev.fixer.core.prompt;

import java.util.List;
import java.util.Objects;

/**
 * The issue to resolve, as the model reads it.
 *
 * @param reference how the issue is known, e.g. {@code #42} or a file name; may be empty
 * @param title the title
 * @param body the description; may be empty
 * @param comments the discussion, oldest first
 * @param imageUrls images from the body and comments, as data or https URLs
 * @param author who opened the issue; empty when unknown
 * @param labels the issue's labels
 */
public record IssueText(String reference, String title, String body, List<Comment> comments,
    List<String> imageUrls, String author, List<String> labels) {

  /** One comment on the issue. */
  public record Comment(String author, String createdAt, String body) {
    public Comment {
      author = author == null || author.isBlank() ? "someone" : author;
      createdAt = createdAt == null ? "" : createdAt;
      body = body == null ? "" : body;
    }
  }

  public IssueText {
    reference = reference == null ? "" : reference;
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("an issue needs a title");
    }
    body = body == null ? "" : body;
    comments = comments == null ? List.of() : List.copyOf(comments);
    imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
    author = author == null ? "" : author;
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  public IssueText(String reference, String title, String body, List<Comment> comments, List<String> imageUrls) {
    this(reference, title, body, comments, imageUrls, "", List.of());
  }

  public IssueText(String reference, String title, String body) {
    this(reference, title, body, List.of(), List.of());
  }
}
