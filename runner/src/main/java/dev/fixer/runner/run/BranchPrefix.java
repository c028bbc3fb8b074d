package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;

/**
 * What the names of fixer's branches start with, {@code fixer/} unless the user chose another: the fix
 * of issue N goes on branch {@code PREFIXissue-N}, locally and on origin, and a pull request from such a
 * branch is fixer's own. Any prefix that makes a valid git branch name will do.
 *
 * @param value e.g. {@code fixer/}, {@code bot/} or {@code autofix-}; may be empty
 */
public record BranchPrefix(String value) {

  /** {@code fixer/}. */
  public static final BranchPrefix DEFAULT = new BranchPrefix("fixer/");

  private static final Pattern ISSUE = Pattern.compile("issue-([1-9][0-9]{0,8})");

  public BranchPrefix {
    Objects.requireNonNull(value, "value");
    if (!valid(value)) {
      throw new IllegalArgumentException("'" + value + "issue-1' is no valid branch name");
    }
  }

  /**
   * The prefix the user gave.
   *
   * @param source where it was given, for the message, e.g. {@code --branch-prefix} or {@code the input
   *     branch_prefix}
   * @throws FixerException usage, naming the value, when {@code value + "issue-1"} is no valid branch name
   */
  public static BranchPrefix parse(String value, String source) {
    Objects.requireNonNull(value, "value");
    if (!valid(value)) {
      throw FixerException.usage(source + " is '" + TextFiles.oneLine(value) + "', which makes no valid git branch"
          + " name (" + TextFiles.oneLine(value) + "issue-1): give a prefix such as fixer/, bot/ or autofix-, without"
          + " spaces, '..', '//', '~', '^', ':', '?', '*', '[', '\\', '@{', a leading '-' or '/', or a part that"
          + " starts with '.' or ends with '.lock'");
    }
    return new BranchPrefix(value);
  }

  /** The branch of fixer's fix of issue {@code number}: {@code PREFIXissue-N}. */
  public String branchFor(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("an issue number is at least 1, got " + number);
    }
    return value + "issue-" + number;
  }

  /** The branch of fixer's fix of an issue with no number (a file), named by its {@code slug}. */
  public String branchFor(String slug) {
    return value + slug;
  }

  /** The issue whose fix {@code branch} carries when it is one of fixer's, {@code PREFIXissue-N}; else empty. */
  public OptionalInt issueOf(String branch) {
    if (!branch.startsWith(value)) {
      return OptionalInt.empty();
    }
    Matcher issue = ISSUE.matcher(branch.substring(value.length()));
    return issue.matches() ? OptionalInt.of(Integer.parseInt(issue.group(1))) : OptionalInt.empty();
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean valid(String value) {
    return !value.startsWith("-") && Arrays.stream(value.split("/")).noneMatch(part -> part.endsWith(".lock"))
        && Repository.isValidRefName("refs/heads/" + value + "issue-1");
  }
}
