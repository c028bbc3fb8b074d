package dev.fixer.runner.issue;

import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.github.GitHubAccess;
import dev.fixer.runner.github.GitHubIssue;
import dev.fixer.runner.github.GitHubRepo;
import dev.fixer.runner.github.GitHubServer;
import dev.fixer.runner.github.IssueImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads an issue from GitHub into the form the model reads: its discussion, labels and images. */
final class GitHubIssues {

  /** Marks the comments fixer writes itself; they are progress reports, not part of the issue. */
  static final String FIXER_MARKER = "<!-- fixer:";

  private GitHubIssues() {}

  static Issue read(String repo, int number, Map<String, String> env, boolean images, Consumer<String> notes) {
    return read(repo, number, env, images, false, notes);
  }

  /** @param pullRequest whether {@code number} is a pull request, read as the issue; else one is refused */
  static Issue read(String repo, int number, Map<String, String> env, boolean images, boolean pullRequest,
      Consumer<String> notes) {
    GitHubAccess access = GitHubAccess.from(env);
    GitHubIssue issue = GitHubRepo.connect(access, repo).issue(number);
    if (issue.pullRequest() != pullRequest) {
      if (pullRequest) {
        throw FixerException.usage("#" + number + " in " + repo + " is an issue, not a pull request");
      }
      throw FixerException.usage("#" + number + " in " + repo + " is a pull request, not an issue: pass the number"
          + " of the issue it should fix");
    }
    if (!issue.open()) {
      notes.accept("start: issue #" + number + " is closed; working on it anyway");
    }
    List<IssueText.Comment> comments = new ArrayList<>();
    List<String> texts = new ArrayList<>(List.of(issue.body()));
    for (GitHubIssue.Comment comment : issue.comments()) {
      if (!comment.body().contains(FIXER_MARKER)) {
        comments.add(new IssueText.Comment(comment.author(), comment.createdAt(), comment.body()));
        texts.add(comment.body());
      }
    }
    List<String> imageUrls = images ? IssueImages.embed(texts, access, GitHubServer.url(env), notes) : List.of();
    IssueText text = new IssueText("#" + number, issue.title(), issue.body(), comments, imageUrls, issue.author(),
        issue.labels());
    return Issue.onGitHub(text, number, repo);
  }
}
