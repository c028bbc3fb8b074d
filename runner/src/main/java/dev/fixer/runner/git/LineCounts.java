package dev.fixer.runner.git;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Lines added and removed between two versions of a file, as {@code git diff --numstat} counts them. */
record LineCounts(int added, int removed) {

  static final LineCounts NONE = new LineCounts(0, 0);

  /** Counts with the histogram algorithm; a binary side (a NUL byte early on) counts as no lines. */
  static LineCounts between(byte[] before, byte[] after) {
    if (RawText.isBinary(before) || RawText.isBinary(after)) {
      return NONE;
    }
    int added = 0;
    int removed = 0;
    for (Edit edit : DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
        .diff(RawTextComparator.DEFAULT, new RawText(before), new RawText(after))) {
      added += edit.getLengthB();
      removed += edit.getLengthA();
    }
    return new LineCounts(added, removed);
  }
}
