package dev.fixer.runner.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.prompt.IssueText;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IssueTest {

  @Test
  void slugKeepsLowerCaseLettersAndDigitsAndJoinsTheRestWithDashes() {
    assertThat(Issue.slugOf("Division by zero in Calc.divide()")).isEqualTo("division-by-zero-in-calc-divide");
    assertThat(Issue.slugOf("  --Crash on PUT /api/v2!!  ")).isEqualTo("crash-on-put-api-v2");
  }

  @Test
  void slugTurnsNonAsciiLettersIntoDashes() {
    assertThat(Issue.slugOf("Café crashes über-fast")).isEqualTo("caf-crashes-ber-fast");
  }

  @Test
  void slugIsIssueWhenNothingIsLeft() {
    assertThat(Issue.slugOf("¿¡!?")).isEqualTo("issue");
    assertThat(Issue.slugOf("")).isEqualTo("issue");
  }

  @Test
  void slugIsCutAtAWordBoundaryWithinFortyCharacters() {
    String slug = Issue.slugOf("The parser drops the last token when the input ends with a comment");

    assertThat(slug).isEqualTo("the-parser-drops-the-last-token-when-the");
    assertThat(slug).hasSizeLessThanOrEqualTo(40);
  }

  @Test
  void slugKeepsAWholeWordThatEndsExactlyAtTheLimit() {
    String title = "a".repeat(35) + " bcde fgh";

    assertThat(Issue.slugOf(title)).isEqualTo("a".repeat(35) + "-bcde");
  }

  @Test
  void slugCutsALongWordWhereThereIsNoBoundary() {
    assertThat(Issue.slugOf("x".repeat(60) + " y")).isEqualTo("x".repeat(40));
  }

  @Test
  void ofMakesTheSlugFromTheTitle() {
    Issue issue = Issue.of(new IssueText("#3", "Fix NPE", ""), OptionalInt.of(3));

    assertThat(issue.slug()).isEqualTo("fix-npe");
    assertThat(issue.number()).hasValue(3);
  }

  @Test
  void rejectsASlugThatIsNotBranchNameSafe() {
    IssueText text = new IssueText("", "T", "");

    assertThatThrownBy(() -> new Issue(text, OptionalInt.empty(), "Has Spaces"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(text, OptionalInt.empty(), "a".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issue(text, OptionalInt.of(0), "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
