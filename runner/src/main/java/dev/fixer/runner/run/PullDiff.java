package dev.fixer.runner.run;

import java.util.Objects;

/**
 * The diff so far of the pull request a follow-up works on, as its prompt shows it: GitHub's, or, when
 * GitHub did not give it, a note why, and the run makes one from its own checkout instead.
 */
public sealed interface PullDiff permits PullDiff.FromGitHub, PullDiff.Unavailable {

  /** The diff as GitHub gave it, the pull request's base (merge base) to its head. */
  record FromGitHub(String text) implements PullDiff {
    public FromGitHub {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * GitHub did not give the diff.
   *
   * @param reason why, one line, e.g. GitHub's "406 Sorry, the diff exceeded the maximum number of lines"
   */
  record Unavailable(String reason) implements PullDiff {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
