package dev.fixer.runner.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * What a commit of everything would change against HEAD: the paths git status reports (so ignore
 * rules apply as for {@code git add}), compared file by file with their HEAD version.
 */
final class WorkingTreeChanges {

  private static final byte[] NOTHING = new byte[0];

  private record Blob(ObjectId id, FileMode mode) {}

  private WorkingTreeChanges() {}

  /**
   * Every path git would call uncommitted: staged, modified, deleted, conflicting, and untracked
   * files that are not ignored. Repository-relative, sorted, without duplicates.
   */
  static List<String> uncommittedPaths(Repository repo) throws GitAPIException {
    try (Git git = Git.wrap(repo)) {
      Status status = git.status().call();
      TreeSet<String> paths = new TreeSet<>();
      paths.addAll(status.getAdded());
      paths.addAll(status.getChanged());
      paths.addAll(status.getModified());
      paths.addAll(status.getRemoved());
      paths.addAll(status.getMissing());
      paths.addAll(status.getConflicting());
      paths.addAll(status.getUntracked());
      return List.copyOf(paths);
    }
  }

  static List<FileChange> of(Repository repo) throws IOException, GitAPIException {
    List<String> paths = uncommittedPaths(repo);
    if (paths.isEmpty()) {
      return List.of();
    }
    Map<String, Blob> head = headBlobs(repo, paths);
    Path workTree = repo.getWorkTree().toPath();
    List<FileChange> changes = new ArrayList<>();
    for (String path : paths) {
      Path file = workTree.resolve(path);
      boolean onDisk = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
      Blob old = head.get(path);
      if (old == null && !onDisk) {
        continue;
      }
      byte[] before = old == null ? NOTHING : content(repo, old);
      byte[] after = onDisk ? content(file) : NOTHING;
      if (old != null && onDisk && Arrays.equals(before, after) && old.mode().equals(modeOf(file))) {
        continue;
      }
      FileChange.Kind kind = old == null ? FileChange.Kind.ADDED
          : onDisk ? FileChange.Kind.MODIFIED : FileChange.Kind.DELETED;
      LineCounts counts = LineCounts.between(before, after);
      changes.add(new FileChange(path, kind, counts.added(), counts.removed()));
    }
    return List.copyOf(changes);
  }

  private static Map<String, Blob> headBlobs(Repository repo, List<String> paths) throws IOException {
    Map<String, Blob> blobs = new HashMap<>();
    ObjectId tree = repo.resolve(Constants.HEAD + "^{tree}");
    if (tree == null) {
      return blobs;
    }
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      walk.setFilter(PathFilterGroup.createFromStrings(paths));
      while (walk.next()) {
        blobs.put(walk.getPathString(), new Blob(walk.getObjectId(0), walk.getFileMode(0)));
      }
    }
    return blobs;
  }

  private static byte[] content(Repository repo, Blob blob) throws IOException {
    if (blob.mode().getObjectType() != Constants.OBJ_BLOB) {
      return NOTHING;
    }
    return repo.open(blob.id(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
  }

  private static byte[] content(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      return Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8);
    }
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : NOTHING;
  }

  private static FileMode modeOf(Path file) {
    if (Files.isSymbolicLink(file)) {
      return FileMode.SYMLINK;
    }
    if (Files.isDirectory(file)) {
      return FileMode.GITLINK;
    }
    return Files.isExecutable(file) ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE;
  }
}
