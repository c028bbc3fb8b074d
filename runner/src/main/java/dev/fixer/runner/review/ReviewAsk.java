package dev.fixer.runner.review;

import dev.fixer.runner.github.ReviewComment;
import java.util.Objects;
import java.util.Optional;

/**
 * What a review event asks of fixer: a follow-up on pull request {@code pull}.
 *
 * @param pull the pull request's number
 * @param headRef its branch, as the event gives it; empty for a comment on the pull request, whose event
 *     does not say
 * @param actor who asked: the comment's or the review's author
 * @param feedback what they wrote, on a line of a file or on none
 * @param inThread whether the feedback is a review comment on a line, answered in its thread (else on
 *     the pull request)
 */
record ReviewAsk(int pull, Optional<String> headRef, String actor, ReviewComment feedback, boolean inThread)
    implements ReviewEvents.Read {

  ReviewAsk {
    if (pull < 1) {
      throw new IllegalArgumentException("a pull request number is at least 1, got " + pull);
    }
    Objects.requireNonNull(headRef, "headRef");
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor is blank");
    }
    Objects.requireNonNull(feedback, "feedback");
  }
}
