package dev.fixer.runner.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueFilesTest {

  private static final String NO_TITLE = " has no title: start it with a heading such as "
      + "'# Division by zero in Calc.divide'";

  @TempDir
  Path dir;

  private Path file(String markdown) throws IOException {
    return Files.writeString(dir.resolve("bug.md"), markdown);
  }

  private IssueText read(String markdown) throws IOException {
    return IssueFiles.read(file(markdown)).text();
  }

  @Test
  void theFirstHeadingIsTheTitleAndTheRestIsTheBody() throws IOException {
    Issue issue = IssueFiles.read(file("# Division by zero in Calc.divide\n\nCalling `divide(1, 0)` "
        + "throws.\n\n## Steps\n1. run it\n"));

    assertThat(issue.text().title()).isEqualTo("Division by zero in Calc.divide");
    assertThat(issue.text().body()).isEqualTo("Calling `divide(1, 0)` throws.\n\n## Steps\n1. run it");
    assertThat(issue.text().reference()).isEqualTo("bug.md");
    assertThat(issue.number()).isEmpty();
    assertThat(issue.slug()).isEqualTo("division-by-zero-in-calc-divide");
  }

  @Test
  void aHeadingOfAnyLevelCountsAndClosingHashesAreDropped() throws IOException {
    assertThat(read("### Crash on save ###\nbody").title()).isEqualTo("Crash on save");
    assertThat(read("   ###### Deep\n").title()).isEqualTo("Deep");
    assertThat(read("# Support C#\n").title()).isEqualTo("Support C#");
  }

  @Test
  void textBeforeTheHeadingStaysInTheBody() throws IOException {
    IssueText text = read("Reported by QA.\n\n# Login fails\nWith SSO.\n");

    assertThat(text.title()).isEqualTo("Login fails");
    assertThat(text.body()).isEqualTo("Reported by QA.\n\nWith SSO.");
  }

  @Test
  void aSetextHeadingIsATitle() throws IOException {
    assertThat(read("Login fails\n===========\nWith SSO.\n"))
        .isEqualTo(new IssueText("bug.md", "Login fails", "With SSO."));
    assertThat(read("Login fails\n---\nWith SSO.\n").title()).isEqualTo("Login fails");
  }

  @Test
  void aSetextHeadingMaySpanLines() throws IOException {
    assertThat(read("Login fails\nwith SSO\n===\n").title()).isEqualTo("Login fails with SSO");
  }

  @Test
  void aRuleAfterAListIsNotAHeading() throws IOException {
    assertThatThrownBy(() -> IssueFiles.read(file("- first\n---\ntext\n")))
        .isInstanceOf(FixerException.class).hasMessageEndingWith(NO_TITLE);
  }

  @Test
  void headingsInsideCodeBlocksDoNotCount() throws IOException {
    IssueText text = read("```bash\n# not a title\n```\n\n# Real title\nbody\n");

    assertThat(text.title()).isEqualTo("Real title");
    assertThat(text.body()).isEqualTo("```bash\n# not a title\n```\n\nbody");
  }

  @Test
  void hashWithoutASpaceIsNotAHeading() throws IOException {
    assertThat(read("#123 is related\n# Title\n").title()).isEqualTo("Title");
  }

  @Test
  void frontMatterIsSkipped() throws IOException {
    IssueText text = read("---\nlabels: [bug]\n# a YAML comment\n---\n# Title\nbody\n");

    assertThat(text.title()).isEqualTo("Title");
    assertThat(text.body()).isEqualTo("body");
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkAreHandled() throws IOException {
    Path file = dir.resolve("bug.md");
    Files.write(file, "\uFEFF# Title\r\nline one\r\nline two\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(IssueFiles.read(file).text()).isEqualTo(new IssueText("bug.md", "Title", "line one\nline two"));
  }

  @Test
  void aTitleWithoutABodyIsAnIssue() throws IOException {
    assertThat(read("# Only a title").body()).isEmpty();
  }

  @Test
  void aFileWithoutAHeadingIsRejectedWithAnExample() throws IOException {
    Path file = file("Something is broken.\n\n#hashtag\n");

    assertThatThrownBy(() -> IssueFiles.read(file)).isInstanceOf(FixerException.class)
        .hasMessage("the issue file " + file + NO_TITLE);
  }

  @Test
  void anEmptyHeadingIsNotATitle() throws IOException {
    assertThatThrownBy(() -> IssueFiles.read(file("#\n\ntext\n")))
        .isInstanceOf(FixerException.class).hasMessageEndingWith(NO_TITLE);
  }

  @Test
  void aBlankFileIsRejected() throws IOException {
    Path file = file(" \n\n");

    assertThatThrownBy(() -> IssueFiles.read(file)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("the issue file " + file + " is empty");
  }

  @Test
  void aDirectoryIsRejected() {
    assertThatThrownBy(() -> IssueFiles.read(dir)).isInstanceOf(FixerException.class)
        .hasMessage(dir + " is a directory, not an issue file");
  }

  @Test
  void aMissingFileIsRejected() {
    Path missing = dir.resolve("missing.md");

    assertThatThrownBy(() -> IssueFiles.read(missing)).isInstanceOf(FixerException.class)
        .hasMessage("the issue file " + missing + " does not exist");
  }

  @Test
  void anUnreadableFileNamesTheReason() throws IOException {
    Path loop = dir.resolve("loop.md");
    Files.createSymbolicLink(loop, loop);

    assertThatThrownBy(() -> IssueFiles.read(loop)).isInstanceOf(FixerException.class)
        .hasMessageMatching("cannot read the issue file " + loop + ": \\S.*")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aFileThatIsNotUtf8IsRejected() throws IOException {
    Path file = dir.resolve("bug.md");
    Files.write(file, new byte[] {'#', ' ', 'T', (byte) 0xFF, '\n'});

    assertThatThrownBy(() -> IssueFiles.read(file)).isInstanceOf(FixerException.class)
        .hasMessage("the issue file " + file + " is not UTF-8 text: save the issue as UTF-8 Markdown");
  }

  @Test
  void aBinaryFileIsRejected() throws IOException {
    Path file = dir.resolve("bug.md");
    Files.write(file, new byte[] {'#', ' ', 'T', 0, 1, 2});

    assertThatThrownBy(() -> IssueFiles.read(file)).isInstanceOf(FixerException.class)
        .hasMessageContaining("is not UTF-8 text");
  }
}
