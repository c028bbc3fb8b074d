package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTextTest {

  private static Instance instance(String statement, String hints) {
    return new Instance("django__django-1", "django/django", "abc123", statement, hints, "", List.of("t"), List.of(),
        "", "", "", "", "", "", 1);
  }

  @Test
  void theFirstLineIsTheTitleAndTheRestTheBody() {
    assertThat(IssueText.of(instance("QuerySet.count() is wrong\n\nIt counts twice.\n", ""), false))
        .isEqualTo("# QuerySet.count() is wrong\n\nIt counts twice.\n");
  }

  @Test
  void hintsFollowOnlyWhenAskedFor() {
    Instance instance = instance("Title\nBody", "Look at count().");
    assertThat(IssueText.of(instance, false)).doesNotContain("Look at count()");
    assertThat(IssueText.of(instance, true)).endsWith("Body\n\n## Hints\n\nLook at count().\n");
  }

  @Test
  void aStatementWithoutAShortFirstLineIsTitledByTheInstanceId() {
    String longLine = "word ".repeat(40).strip();
    assertThat(IssueText.of(instance(longLine, ""), false)).startsWith("# django__django-1\n\n" + longLine);
    assertThat(IssueText.of(instance("", ""), false)).isEqualTo("# django__django-1\n\n(The dataset gives no"
        + " problem statement.)\n");
    assertThat(IssueText.of(instance("Only a title", ""), false)).isEqualTo("# Only a title\n\n(The dataset gives no"
        + " more than the title.)\n");
  }
}
