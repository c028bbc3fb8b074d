package dev.fixer.runner.issue;

import dev.fixer.core.prompt.IssueText;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Reads an issue from a Markdown file. The first heading (ATX {@code # Title} at any level 1-6, or
 * setext {@code Title} underlined with {@code ===} or {@code ---}) is the title; everything else,
 * stripped, is the body. A YAML front matter block ({@code ---} ... {@code ---}) at the top is
 * skipped, and headings inside fenced code blocks do not count. The reference is the file name.
 */
public final class IssueFiles {

  private static final String EXAMPLE_HEADING = "'# Division by zero in Calc.divide'";

  private IssueFiles() {}

  /**
   * Reads {@code file}; the issue has no number.
   *
   * @throws FixerException a usage error naming the file when it does not exist, is a directory,
   *     cannot be read (with the reason), is not UTF-8 text, is blank or has no heading
   */
  public static Issue read(Path file) {
    String markdown = text(file);
    if (markdown.isBlank()) {
      throw FixerException.usage("the issue file " + file + " is empty: write the issue in it, "
          + "starting with a heading such as " + EXAMPLE_HEADING);
    }
    MarkdownIssue issue = MarkdownIssue.parse(markdown).orElseThrow(() -> FixerException.usage(
        "the issue file " + file + " has no title: start it with a heading such as "
            + EXAMPLE_HEADING));
    String reference = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return Issue.of(new IssueText(reference, issue.title(), issue.body()), OptionalInt.empty());
  }

  /** The file's text with '\n' line ends and no byte order mark. */
  private static String text(Path file) {
    if (Files.isDirectory(file)) {
      throw FixerException.usage(file + " is a directory, not an issue file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw FixerException.usage("the issue file " + file + " does not exist", e);
    } catch (IOException e) {
      throw FixerException.usage("cannot read the issue file " + file + ": " + TextFiles.reason(e), e);
    }
    String text;
    try {
      text = TextFiles.decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw notText(file, e);
    }
    if (text.indexOf('\0') >= 0) {
      throw notText(file, null);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static FixerException notText(Path file, Throwable cause) {
    return FixerException.usage("the issue file " + file
        + " is not UTF-8 text: save the issue as UTF-8 Markdown", cause);
  }
}
