package dev.fixer.runner.issue;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** How the user named the issue on the command line: a Markdown file or a GitHub issue number. */
public sealed interface IssueRef permits IssueRef.File, IssueRef.Number {

  /**
   * An issue written in a file.
   *
   * @param path the file, absolute when {@link #parse} made it
   */
  record File(Path path) implements IssueRef {
    public File {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A GitHub issue by number.
   *
   * @param number the issue number, at least 1
   * @param repo OWNER/NAME when the reference was a URL; empty for "42" or "#42"
   */
  record Number(int number, Optional<String> repo) implements IssueRef {
    public Number {
      if (number < 1) {
        throw new IllegalArgumentException("an issue number is at least 1, got " + number);
      }
      Objects.requireNonNull(repo, "repo");
    }
  }

  /**
   * Reads {@code --issue}: "42" or "#42" is a number; an https URL such as
   * {@code https://github.com/OWNER/NAME/issues/42} on the server's host (a trailing slash, query
   * or fragment is allowed) is a number in that repository; an existing path, relative to
   * {@code workingDir}, is a file. A number wins over a file of the same name.
   *
   * @param serverHost the host of the GitHub fixer talks to, e.g. {@code github.com} or
   *     {@code ghe.example.com} ({@link dev.fixer.runner.github.GitHubServer#host}); asked only for a URL
   * @throws dev.fixer.runner.FixerException a usage error for an issue URL on another host, a
   *     pull-request URL, a file that does not exist (a path ending in .md, .markdown or .txt, or
   *     containing '/'), or anything else
   */
  static IssueRef parse(String text, Path workingDir, Supplier<String> serverHost) {
    return IssueRefParser.parse(text, workingDir, serverHost);
  }
}
