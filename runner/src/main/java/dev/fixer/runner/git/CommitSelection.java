package dev.fixer.runner.git;

import java.util.List;
import java.util.Objects;

/**
 * Which of the work copy's changes belong in fixer's commit, and which are left out and why. Only
 * what belongs to the fix is committed: no build output or caches, no file a command made that the
 * agent neither wrote with {@code edit} nor named, nothing over 1 MB, no binary file that {@code edit}
 * did not write.
 *
 * @param included the changes that go into the commit, sorted by path
 * @param leftOut the changes that stay out of it, sorted by path
 */
public record CommitSelection(List<FileChange> included, List<LeftOut> leftOut) {

  /** The most a committed file may hold. */
  public static final long MAX_BYTES = 1_000_000;

  public CommitSelection {
    included = List.copyOf(included);
    leftOut = List.copyOf(leftOut);
  }

  /** A change that stays out of the commit. */
  public record LeftOut(FileChange change, Reason reason) {
    public LeftOut {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(reason, "reason");
    }

    /** Whether the file is set aside (moved to the run directory) before verification, rather than left in place. */
    public boolean setAside() {
      return reason != Reason.BUILD_OUTPUT;
    }
  }

  /** Why a change stays out. */
  public enum Reason {
    BUILD_OUTPUT("build output or a cache"),
    CREATED_BY_COMMAND("made by a command, and neither written with edit nor listed in finish's keep"),
    TOO_LARGE("over 1 MB"),
    BINARY("a binary file that edit did not write");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /** In words, e.g. "over 1 MB". */
    public String words() {
      return words;
    }
  }

  /** The paths of the included changes. */
  public List<String> includedPaths() {
    return included.stream().map(FileChange::path).toList();
  }

  /** The left-out changes that are set aside, not left in place. */
  public List<LeftOut> setAside() {
    return leftOut.stream().filter(LeftOut::setAside).toList();
  }
}
