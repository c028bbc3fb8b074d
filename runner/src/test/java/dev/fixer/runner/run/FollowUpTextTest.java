package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.prompt.IssueText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpTextTest {

  private static final IssueText ISSUE = new IssueText("#3", "Median", "It is wrong.");

  @Test
  void theFeedbackAndTheDiffFollowTheIssuesOwnText() {
    IssueText text = FollowUpText.of(ISSUE, "## Review feedback on pull request #7\n\nrename it", "+int upper;\n");

    assertThat(text.title()).isEqualTo("Median");
    assertThat(text.body()).isEqualTo("It is wrong.\n\n## Review feedback on pull request #7\n\nrename it\n\n"
        + "### The pull request's diff so far\n\n```diff\n+int upper;\n```\n");
  }

  @Test
  void aLongDiffIsCutAtALineEndWithANote() {
    String diff = "+line\n".repeat(5_000);

    String body = FollowUpText.of(ISSUE, "feedback", diff).body();

    assertThat(body).contains("(The diff is cut at 20 KB of 30 KB; read the files for the rest.)");
    assertThat(body.length()).isLessThan(FollowUpText.MAX_DIFF_BYTES + 300);
    assertThat(body).contains("+line\n```\n");
  }

  @Test
  void aDiffMadeFromTheCheckoutBecauseGitHubGaveNoneSaysWhy() {
    String body = FollowUpText.of(ISSUE, "feedback", "+int upper;\n", Optional.of("GitHub refused to read the diff"
        + " (406 Sorry, the diff exceeded the maximum number of lines (20000))")).body();

    assertThat(body).contains("### The pull request's diff so far\n\n(GitHub did not give the pull request's diff:"
        + " GitHub refused to read the diff (406 Sorry, the diff exceeded the maximum number of lines (20000))."
        + " This diff is made from fixer's checkout instead, and may hold more or less than the pull request's own"
        + " change.)\n\n```diff\n+int upper;\n```\n");
  }
}
