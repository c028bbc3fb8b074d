package dev.fixer.runner.github;

import java.util.Objects;

/**
 * A pull request fixer opened or found.
 *
 * @param headBranch the branch it merges from, without the owner
 * @param headSha the commit at the tip of that branch
 */
public record PullRequest(int number, String htmlUrl, String headBranch, String headSha, boolean draft) {

  public PullRequest {
    if (number < 1) {
      throw new IllegalArgumentException("a pull request number is at least 1, got " + number);
    }
    Objects.requireNonNull(htmlUrl, "htmlUrl");
    Objects.requireNonNull(headBranch, "headBranch");
    Objects.requireNonNull(headSha, "headSha");
  }
}
