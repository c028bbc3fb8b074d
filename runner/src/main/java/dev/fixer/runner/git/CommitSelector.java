package dev.fixer.runner.git;

import dev.fixer.runner.git.CommitSelection.LeftOut;
import dev.fixer.runner.git.CommitSelection.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sorts a work copy's changes into a {@link CommitSelection}. */
final class CommitSelector {

  private static final int BINARY_PROBE_BYTES = 8000;

  private CommitSelector() {}

  /**
   * @param workTree the work copy's root
   * @param changes its uncommitted changes
   * @param trackedDirs every directory that holds a tracked file
   * @param written paths the agent wrote with {@code edit}
   * @param keep paths the agent named to keep although a command made them
   */
  static CommitSelection select(Path workTree, List<FileChange> changes, Set<String> trackedDirs, Set<String> written,
      Set<String> keep) throws IOException {
    List<FileChange> included = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (FileChange change : changes) {
      Reason reason = change.kind() == FileChange.Kind.DELETED ? null
          : reason(workTree.resolve(change.path()), change, trackedDirs, written.contains(change.path()),
              keep.contains(change.path()));
      if (reason == null) {
        included.add(change);
      } else {
        leftOut.add(new LeftOut(change, reason));
      }
    }
    return new CommitSelection(included, leftOut);
  }

  private static Reason reason(Path file, FileChange change, Set<String> trackedDirs, boolean written, boolean kept)
      throws IOException {
    if (!Files.isSymbolicLink(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && Files.size(file) > CommitSelection.MAX_BYTES) {
      return Reason.TOO_LARGE;
    }
    boolean added = change.kind() == FileChange.Kind.ADDED;
    if (added && !written && !kept && BuildOutput.matches(change.path(), trackedDirs)) {
      return Reason.BUILD_OUTPUT;
    }
    if (!written && isBinary(file)) {
      return Reason.BINARY;
    }
    if (added && !written && !kept) {
      return Reason.CREATED_BY_COMMAND;
    }
    return null;
  }

  /** As git decides: a NUL byte among the first 8000 bytes. */
  static boolean isBinary(Path file) throws IOException {
    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(BINARY_PROBE_BYTES);
      for (byte b : head) {
        if (b == 0) {
          return true;
        }
      }
      return false;
    }
  }
}
