package dev.fixer.runner.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesTest {

  @TempDir
  Path dir;

  @Test
  void aFileReferenceIsReadFromTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bug.md"), "# Crash\ndetails\n");

    Issue issue = Issues.load(new IssueRef.File(file), null, Map.of(), Optional.empty());

    assertThat(issue.text().title()).isEqualTo("Crash");
    assertThat(issue.slug()).isEqualTo("crash");
  }

  @Test
  void aNumberWithoutAnyRepositorySaysHowToNameOne() {
    assertThatThrownBy(() -> Issues.load(new IssueRef.Number(42, Optional.empty()), null, Map.of(),
        Optional.of("/srv/git/repo.git")))
        .isInstanceOf(FixerException.class)
        .hasMessage("cannot tell which GitHub repository issue #42 is in: pass --github-repo "
            + "OWNER/NAME, set GITHUB_REPOSITORY, or add an origin remote");
  }

  @Test
  void aNumberInAKnownRepositorySaysToSaveTheIssueAsAFile() {
    assertThatThrownBy(() -> Issues.load(new IssueRef.Number(42, Optional.empty()), null, Map.of(),
        Optional.of("https://github.com/o/n.git")))
        .isInstanceOf(FixerException.class)
        .hasMessageStartingWith("issue #42 of o/n cannot be read from GitHub yet")
        .hasMessageContaining("save the issue as a file whose first line is '# <title>' and pass --issue FILE");
  }

  @Test
  void theRepositoryOfAnIssueUrlWinsOverTheFlag() {
    assertThatThrownBy(() -> Issues.load(new IssueRef.Number(5, Optional.of("url-org/url-repo")),
        "flag-org/flag-repo", Map.of(), Optional.empty()))
        .isInstanceOf(FixerException.class)
        .hasMessageStartingWith("issue #5 of url-org/url-repo cannot be read from GitHub yet");
  }

  @Test
  void theFlagIsUsedForABareNumber() {
    assertThatThrownBy(() -> Issues.load(new IssueRef.Number(5, Optional.empty()),
        "flag-org/flag-repo", Map.of("GITHUB_REPOSITORY", "env-org/env-repo"), Optional.empty()))
        .isInstanceOf(FixerException.class)
        .hasMessageStartingWith("issue #5 of flag-org/flag-repo cannot");
  }
}
