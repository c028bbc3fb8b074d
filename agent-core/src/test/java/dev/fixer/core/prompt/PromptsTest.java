package dev.fixer.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.message.Message;
import dev.fixer.core.message.SystemMessage;
import dev.fixer.core.message.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptsTest {

  private final IssueText issue = new IssueText("#42", "NPE when the config file is empty",
      "Steps: create an empty fixer.yml and run.\n", List.of(
          new IssueText.Comment("alice", "2026-11-01", "Also happens with a file of only comments."),
          new IssueText.Comment("bob", null, "Stack trace attached.")), List.of("data:image/png;base64,AAAA"));

  @Test
  void opensWithASystemPromptThatSaysHowToWorkThenTheIssue() {
    List<Message> opening = Prompts.opening(issue, RepoFacts.UNKNOWN);

    assertThat(opening).hasSize(2);
    String system = ((SystemMessage) opening.get(0)).content();
    assertThat(system).contains("Reproduce the problem").contains("smallest change").contains("Run the relevant tests")
        .contains("stop calling tools");
    UserMessage user = (UserMessage) opening.get(1);
    assertThat(user.content()).contains("# NPE when the config file is empty (#42)")
        .contains("Steps: create an empty fixer.yml")
        .contains("### alice on 2026-11-01\nAlso happens").contains("### bob\nStack trace attached.");
    assertThat(user.imageUrls()).containsExactly("data:image/png;base64,AAAA");
  }

  @Test
  void describesTheRepositoryInTheSystemPrompt() {
    RepoFacts repo = new RepoFacts("Maven, multi-module", "mvn -q test", List.of("core/", "cli/"),
        List.of("Dependencies are downloaded; the network is off."));

    String system = ((SystemMessage) Prompts.opening(issue, repo).get(0)).content();

    assertThat(system).contains("- Build: Maven, multi-module").contains("- Tests run with: mvn -q test")
        .contains("  - core/").contains("- Dependencies are downloaded; the network is off.");
  }

  @Test
  void givesTheSameSystemPromptForTheSameRepositoryWhateverTheIssue() {
    RepoFacts repo = new RepoFacts("Gradle", "", List.of(), List.of());

    assertThat(Prompts.opening(issue, repo).get(0))
        .isEqualTo(Prompts.opening(new IssueText("", "Another", ""), repo).get(0));
  }

  @Test
  void saysSoWhenTheIssueHasNoDescription() {
    assertThat(((UserMessage) Prompts.opening(new IssueText("", "Crash", ""), RepoFacts.UNKNOWN).get(1)).content())
        .isEqualTo("Resolve this issue.\n\n# Crash\n\n(The issue has no description.)");
  }

  @Test
  void namesTheAuthorAndTheLabelsUnderTheTitle() {
    IssueText labelled = new IssueText("#7", "Crash", "Boom.", List.of(), List.of(), "carol", List.of("bug", "fixer"));

    assertThat(((UserMessage) Prompts.opening(labelled, RepoFacts.UNKNOWN).get(1)).content())
        .isEqualTo("Resolve this issue.\n\n# Crash (#7)\n\nOpened by carol · Labels: bug, fixer\n\nBoom.");
  }
}
