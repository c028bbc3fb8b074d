package dev.fixer.runner.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueRefTest {

  @TempDir
  Path dir;

  private IssueRef parse(String text) {
    return IssueRef.parse(text, dir, () -> "github.com");
  }

  @Test
  void aBareNumberOrHashNumberIsAnIssueNumberWithoutARepository() {
    assertThat(parse("42")).isEqualTo(new IssueRef.Number(42, Optional.empty()));
    assertThat(parse("#42")).isEqualTo(new IssueRef.Number(42, Optional.empty()));
    assertThat(parse(" 7 ")).isEqualTo(new IssueRef.Number(7, Optional.empty()));
  }

  @Test
  void issueNumbersStartAtOne() {
    assertThatThrownBy(() -> parse("#0")).isInstanceOf(FixerException.class)
        .hasMessage("issue numbers start at 1, got '#0'");
  }

  @Test
  void anIssueNumberTooLargeForAnIntIsRejected() {
    assertThatThrownBy(() -> parse("99999999999")).isInstanceOf(FixerException.class)
        .hasMessageContaining("too large");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://github.com/octo-org/widgets/issues/42",
      "https://github.com/octo-org/widgets/issues/42/",
      "https://github.com/octo-org/widgets/issues/42#issuecomment-1",
      "https://github.com/octo-org/widgets/issues/42?q=is%3Aopen",
      "HTTPS://github.com/octo-org/widgets/issues/42"})
  void anIssueUrlNamesTheNumberAndRepository(String url) {
    assertThat(parse(url)).isEqualTo(new IssueRef.Number(42, Optional.of("octo-org/widgets")));
  }

  @Test
  void anIssueUrlOnTheGitHubEnterpriseServerIsAccepted() {
    assertThat(IssueRef.parse("https://GHE.example.com/team/app.server/issues/9", dir, () -> "ghe.example.com"))
        .isEqualTo(new IssueRef.Number(9, Optional.of("team/app.server")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://gitlab.com/x/y/issues/1", "https://gitlab.com/x/y/-/issues/1",
      "https://gitlab.com/x/y/pull/1"})
  void anIssueUrlOnAnotherHostIsRefusedNamingBothHosts(String url) {
    assertThatThrownBy(() -> parse(url)).isInstanceOf(FixerException.class)
        .hasMessage("the issue " + url + " is on gitlab.com, but fixer talks to github.com (set GITHUB_SERVER_URL"
            + " and GITHUB_API_URL, or pass --github-url, for GitHub Enterprise)")
        .extracting(e -> ((FixerException) e).exitCode()).isEqualTo(2);
  }

  @Test
  void aGitHubComUrlIsRefusedWhileFixerTalksToGitHubEnterprise() {
    assertThatThrownBy(() -> IssueRef.parse("https://github.com/x/y/issues/1", dir, () -> "ghe.example.com"))
        .isInstanceOf(FixerException.class)
        .hasMessageStartingWith("the issue https://github.com/x/y/issues/1 is on github.com, but fixer talks to"
            + " ghe.example.com");
  }

  @Test
  void aNumberOrAFileNeverAsksForTheServer() throws IOException {
    Files.writeString(dir.resolve("bug.md"), "# Bug\n");
    Supplier<String> none = () -> {
      throw new AssertionError("asked for the server's host");
    };

    assertThat(IssueRef.parse("#3", dir, none)).isEqualTo(new IssueRef.Number(3, Optional.empty()));
    assertThat(IssueRef.parse("bug.md", dir, none)).isInstanceOf(IssueRef.File.class);
  }

  @Test
  void aPullRequestUrlAsksForTheIssueInstead() {
    assertThatThrownBy(() -> parse("https://github.com/o/n/pull/7")).isInstanceOf(FixerException.class)
        .hasMessageContaining("https://github.com/o/n/pull/7 is a pull request")
        .hasMessageContaining("pass the issue it fixes")
        .hasMessageContaining("not the pull request");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://github.com/o/n/issues/4", "https://github.com/o/n",
      "https://github.com/o/n/issues", "https://github.com/o/n/discussions/4", "ftp://x/o/n/issues/4"})
  void anotherUrlIsRejectedShowingTheExpectedForm(String url) {
    assertThatThrownBy(() -> parse(url)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("unknown issue URL '" + url + "'")
        .hasMessageContaining("https://HOST/OWNER/NAME/issues/NUMBER");
  }

  @Test
  void anExistingFileIsResolvedAgainstTheWorkingDirectory() throws IOException {
    Files.createDirectories(dir.resolve("issues"));
    Path file = Files.writeString(dir.resolve("issues/bug"), "# Bug\n");

    assertThat(parse("issues/bug")).isEqualTo(new IssueRef.File(file.toAbsolutePath()));
    assertThat(parse("./issues/../issues/bug")).isEqualTo(new IssueRef.File(file.toAbsolutePath()));
  }

  @Test
  void anAbsolutePathIsUsedAsIs() throws IOException {
    Path file = Files.writeString(dir.resolve("ISSUE"), "# Bug\n");

    assertThat(parse(file.toString())).isEqualTo(new IssueRef.File(file));
  }

  @Test
  void aNumberWinsOverAFileOfTheSameName() throws IOException {
    Files.writeString(dir.resolve("42"), "# Bug\n");

    assertThat(parse("42")).isInstanceOf(IssueRef.Number.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"issue.md", "BUG.Markdown", "notes.txt", "issues/bug"})
  void aMissingPathThatLooksLikeAFileSaysItDoesNotExist(String text) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(FixerException.class)
        .hasMessage("the issue file " + dir.resolve(text) + " does not exist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bug", "", "forty-two", "#x"})
  void anythingElseIsAnUnknownIssue(String text) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(FixerException.class)
        .hasMessage("unknown issue '" + text
            + "': pass a Markdown file, an issue number (42 or #42) or an issue URL");
  }

  @Test
  void theRecordsRejectImpossibleValues() {
    assertThatThrownBy(() -> new IssueRef.Number(0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IssueRef.File(null)).isInstanceOf(NullPointerException.class);
  }
}
