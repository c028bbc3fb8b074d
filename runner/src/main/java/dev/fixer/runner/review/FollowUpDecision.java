package dev.fixer.runner.review;

import dev.fixer.runner.github.ReviewComment;
import java.util.Objects;
import java.util.Optional;

/** Whether a review event makes fixer follow up on a pull request, and where. */
public sealed interface FollowUpDecision permits FollowUpDecision.Skip, FollowUpDecision.Go {

  /**
   * Nothing to do.
   *
   * @param reason one log line, e.g. "pull request #7 is closed; ..."
   */
  record Skip(String reason) implements FollowUpDecision {
    public Skip {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank() || reason.lines().count() > 1) {
        throw new IllegalArgumentException("a reason is one non-blank line, got '" + reason + "'");
      }
    }
  }

  /**
   * fixer follows up on pull request {@code pull}, which carries its fix of issue {@code issue}.
   *
   * @param actor who asked, whose write access is to be checked
   * @param feedback what they wrote
   * @param inThread whether the answer goes in the thread of {@code feedback}, a review comment on a line
   * @param branch for a pull request fixer did not open ({@code review: any-pr}), its branch, with
   *     {@code issue} the pull request's own number; empty for fixer's {@code PREFIXissue-N}
   */
  record Go(int issue, int pull, String actor, ReviewComment feedback, boolean inThread, Optional<String> branch)
      implements FollowUpDecision {
    public Go {
      Objects.requireNonNull(branch, "branch");
      if (branch.isPresent() && issue != pull) {
        throw new IllegalArgumentException("on another's pull request the issue is the pull request, #" + pull);
      }
      if (issue < 1 || pull < 1) {
        throw new IllegalArgumentException("issue and pull request numbers are at least 1, got " + issue + " and "
            + pull);
      }
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(feedback, "feedback");
    }
  }
}
