package dev.fixer.runner.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The difference between two commits, as {@code git diff A B} shows it whatever the user's diff
 * config says: {@code a/} and {@code b/} prefixes, no rename detection, histogram algorithm, three
 * lines of context.
 */
final class CommitDiff {

  private final Repository repo;
  private final ObjectId from;
  private final ObjectId to;

  CommitDiff(Repository repo, String from, String to) throws IOException {
    this.repo = repo;
    this.from = tree(repo, from);
    this.to = tree(repo, to);
  }

  List<FileChange> changes() throws IOException {
    List<FileChange> changes = new ArrayList<>();
    try (DiffFormatter formatter = formatter(DisabledOutputStream.INSTANCE)) {
      for (DiffEntry entry : formatter.scan(from, to)) {
        LineCounts counts = LineCounts.between(
            content(entry.getOldId(), entry.getOldMode()), content(entry.getNewId(), entry.getNewMode()));
        changes.add(new FileChange(pathOf(entry), kindOf(entry), counts.added(), counts.removed()));
      }
    }
    return List.copyOf(changes);
  }

  /** The unified diff; empty when the trees are equal. */
  String patch() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = formatter(out)) {
      formatter.format(from, to);
      formatter.flush();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private DiffFormatter formatter(OutputStream out) {
    DiffFormatter formatter = new GitDiffFormatter(out);
    formatter.setRepository(repo);
    formatter.setDiffComparator(RawTextComparator.DEFAULT);
    formatter.setDiffAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
    formatter.setDetectRenames(false);
    formatter.setOldPrefix("a/");
    formatter.setNewPrefix("b/");
    formatter.setContext(3);
    return formatter;
  }

  private byte[] content(AbbreviatedObjectId id, FileMode mode) throws IOException {
    if (mode.getObjectType() != Constants.OBJ_BLOB || id.toObjectId().equals(ObjectId.zeroId())) {
      return new byte[0];
    }
    return repo.open(id.toObjectId(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
  }

  private static String pathOf(DiffEntry entry) {
    return entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
  }

  private static FileChange.Kind kindOf(DiffEntry entry) {
    return switch (entry.getChangeType()) {
      case ADD -> FileChange.Kind.ADDED;
      case DELETE -> FileChange.Kind.DELETED;
      default -> FileChange.Kind.MODIFIED;
    };
  }

  private static ObjectId tree(Repository repo, String commit) throws IOException {
    ObjectId tree = repo.resolve(commit + "^{tree}");
    if (tree == null) {
      throw new IOException("no commit " + commit + " in " + repo.getDirectory());
    }
    return tree;
  }
}
