package dev.fixer.runner.github;

import dev.fixer.runner.github.FakeGitHub.FakeComment;
import java.util.ArrayList;
import java.util.List;

/** One issue or pull request of {@link FakeGitHub}; guarded by the fake's lock. */
final class FakeItem {

  final int number;
  final String author;
  final String createdAt;
  /** The branch a pull request merges from; null for an issue. */
  final String head;
  final List<String> labels = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  /** A pull request's review comments on lines, replies included. */
  final List<FakeGitHub.FakeReviewComment> reviewComments = new ArrayList<>();
  String title;
  String body;
  String state = "open";
  String updatedAt;
  String base;
  boolean draft;
  String headSha;
  /** What GET of a pull request as a diff answers instead of the diff, when set: a status and a body. */
  int refusedDiffStatus;
  String refusedDiffBody;

  FakeItem(int number, String author, String createdAt, String head) {
    this.number = number;
    this.author = author;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.head = head;
  }

  /** A comment as stored, with its times. */
  record Comment(long id, String author, String body, String createdAt, String updatedAt) {

    FakeComment view() {
      return new FakeComment(id, author, body);
    }
  }

  boolean isPull() {
    return head != null;
  }

  boolean hasLabel(String name) {
    return labels.stream().anyMatch(label -> label.equalsIgnoreCase(name));
  }
}
