package dev.fixer.runner.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.github.ReviewComment;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTextTest {

  @Test
  void namesWhoAskedWhereAndKeepsTheirTextAndSuggestionsVerbatim() {
    ReviewComment asked = new ReviewComment(1, "bob", "/fixer rename it\n```suggestion\nint upper;\n```", "src/A.java",
        12);
    ReviewComment other = new ReviewComment(2, "carol", "Why 2.0?", "src/A.java", 14);

    ReviewComment answer = new ReviewComment(3, "fixer[bot]", "@bob fixer added commit 1234\n\n"
        + FollowUpReplies.MARKER, "src/A.java", 12);

    String text = FeedbackText.of(7, asked, List.of(asked, other, answer));

    assertThat(text).startsWith("## Review feedback on pull request #7\n")
        .contains("### Asked by @bob, on `src/A.java:12`\n\n/fixer rename it\n```suggestion\nint upper;\n```\n")
        .contains("#### `src/A.java:14`, by @carol\n\nWhy 2.0?\n");
    assertThat(text.split("/fixer rename it", -1)).hasSize(2);
    assertThat(text).doesNotContain("fixer added commit");
  }

  @Test
  void aReviewWithoutTextSaysSoAndPointsToTheLineComments() {
    String text = FeedbackText.of(7, ReviewComment.general(0, "bob", ""), List.of());

    assertThat(text).contains("### Asked by @bob, on the pull request\n\n(no text: the review requests changes")
        .doesNotContain("Review comments on lines");
  }
}
