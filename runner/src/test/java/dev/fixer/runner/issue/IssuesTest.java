package dev.fixer.runner.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.github.FakeGitHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesTest {

  @TempDir
  Path dir;

  private final List<String> notes = new ArrayList<>();

  @Test
  void aFileReferenceIsReadFromTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bug.md"), "# Crash\ndetails\n");

    Issue issue = Issues.load(new IssueRef.File(file), null, Map.of(), Optional.empty(), true, notes::add);

    assertThat(issue.text().title()).isEqualTo("Crash");
    assertThat(issue.slug()).isEqualTo("crash");
  }

  @Test
  void aNumberWithoutAnyRepositorySaysHowToNameOne() {
    assertThatThrownBy(() -> Issues.load(new IssueRef.Number(42, Optional.empty()), null, Map.of(),
        Optional.of("/srv/git/repo.git"), true, notes::add))
        .isInstanceOf(FixerException.class)
        .hasMessage("cannot tell which GitHub repository issue #42 is in: pass --github-repo "
            + "OWNER/NAME, set GITHUB_REPOSITORY, or add an origin remote");
  }

  @Test
  void aNumberIsReadFromGitHubWithItsDiscussionLabelsAndImages() {
    try (FakeGitHub github = FakeGitHub.start("o", "n")) {
      github.serve("/user-attachments/assets/trace.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      int number = github.addIssue("Crash on empty input", "It crashes:\n![trace](" + github.serverUrl()
          + "/user-attachments/assets/trace.png)", "alice", "bug", "fixer");
      github.addComment(number, "bob", "Same here.");
      github.addComment(number, "fixer[bot]", "<!-- fixer:status -->\nfixer is working on this issue");

      Issue issue = Issues.load(new IssueRef.Number(number, Optional.empty()), null, env(github),
          Optional.of("https://github.com/o/n.git"), true, notes::add);

      assertThat(issue.repo()).contains("o/n");
      assertThat(issue.number()).hasValue(number);
      assertThat(issue.text().reference()).isEqualTo("#" + number);
      assertThat(issue.text().author()).isEqualTo("alice");
      assertThat(issue.text().labels()).containsExactly("bug", "fixer");
      assertThat(issue.text().comments()).extracting(IssueText.Comment::author).containsExactly("bob");
      assertThat(issue.text().imageUrls()).containsExactly("data:image/png;base64,iVBORw==");
      assertThat(issue.slug()).isEqualTo("crash-on-empty-input");
    }
  }

  @Test
  void imagesAreNotFetchedForAModelThatDoesNotReadThem() {
    try (FakeGitHub github = FakeGitHub.start("o", "n")) {
      github.serve("/a.png", "image/png", new byte[] {1});
      int number = github.addIssue("Crash", "![x](" + github.serverUrl() + "/a.png)", "alice");

      Issue issue = Issues.load(new IssueRef.Number(number, Optional.of("o/n")), null, env(github), Optional.empty(),
          false, notes::add);

      assertThat(issue.text().imageUrls()).isEmpty();
      assertThat(github.count("GET", "/a.png")).isZero();
    }
  }

  @Test
  void aPullRequestNumberIsRefusedSayingSo() {
    try (FakeGitHub github = FakeGitHub.start("o", "n")) {
      int pull = github.addPullRequest("feature", "Add a feature", "");

      assertThatThrownBy(() -> Issues.load(new IssueRef.Number(pull, Optional.of("o/n")), null, env(github),
          Optional.empty(), true, notes::add))
          .isInstanceOf(FixerException.class)
          .hasMessage("#" + pull + " in o/n is a pull request, not an issue: pass the number of the issue it should fix");
    }
  }

  @Test
  void aClosedIssueIsWorkedOnWithANote() {
    try (FakeGitHub github = FakeGitHub.start("o", "n")) {
      int number = github.addIssue("Old crash", "", "alice");
      github.closeIssue(number);

      Issues.load(new IssueRef.Number(number, Optional.of("o/n")), null, env(github), Optional.empty(), true,
          notes::add);

      assertThat(notes).containsExactly("start: issue #" + number + " is closed; working on it anyway");
    }
  }

  @Test
  void theRepositoryOfAnIssueUrlWinsOverTheFlagAndTheFlagOverTheEnvironment() {
    try (FakeGitHub github = FakeGitHub.start("url-org", "url-repo")) {
      github.addIssue("Crash", "", "alice");
      Map<String, String> env = new java.util.HashMap<>(env(github));
      env.put("GITHUB_REPOSITORY", "env-org/env-repo");

      assertThat(Issues.load(new IssueRef.Number(1, Optional.of("url-org/url-repo")), "flag-org/flag-repo", env,
          Optional.empty(), true, notes::add).repo()).contains("url-org/url-repo");
      assertThatThrownBy(() -> Issues.load(new IssueRef.Number(1, Optional.empty()), "flag-org/flag-repo", env,
          Optional.empty(), true, notes::add))
          .isInstanceOf(FixerException.class).hasMessageContaining("flag-org/flag-repo");
    }
  }

  private static Map<String, String> env(FakeGitHub github) {
    return Map.of("GITHUB_API_URL", github.apiUrl(), "GITHUB_SERVER_URL", github.serverUrl(), "GITHUB_TOKEN", "t0k3n");
  }
}
