package dev.fixer.runner.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.FormatError;
import org.eclipse.jgit.patch.Patch;
import org.eclipse.jgit.patch.PatchApplier;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Unified diffs (as {@code git diff} writes them: new, deleted, modified and renamed files) applied
 * to the work tree of a checkout, strictly, as {@code git apply} does: no fuzz.
 */
final class Patches {

  /** A diff that cannot be read or does not apply; the message says where. */
  static final class Rejected extends Exception {
    Rejected(String message) {
      super(message);
    }
  }

  private Patches() {}

  /** Applies {@code diff} to the work tree at {@code root}; files it does apply to may be left changed when it fails. */
  static void apply(Path root, String diff) throws Rejected {
    Patch patch = parse(diff);
    try (Git git = Git.open(root.toFile())) {
      PatchApplier.Result result = new PatchApplier(git.getRepository()).applyPatch(patch);
      if (!result.getErrors().isEmpty()) {
        throw new Rejected(result.getErrors().stream().map(error -> error.toString().strip())
            .collect(Collectors.joining("; ")));
      }
    } catch (IOException | JGitInternalException e) {
      throw new Rejected(String.valueOf(e.getMessage()));
    }
  }

  /** The repository-relative paths {@code diff} touches: old and new names, {@code /dev/null} left out. */
  static List<String> paths(String diff) throws Rejected {
    Set<String> paths = new LinkedHashSet<>();
    for (FileHeader file : parse(diff).getFiles()) {
      for (String path : List.of(file.getOldPath(), file.getNewPath())) {
        if (path != null && !path.equals(DiffEntry.DEV_NULL)) {
          paths.add(path);
        }
      }
    }
    return List.copyOf(paths);
  }

  /** Puts each of {@code paths} back as HEAD has it, deleting those HEAD does not have. */
  static void resetToHead(Path root, List<String> paths) throws IOException {
    try (Git git = Git.open(root.toFile())) {
      Repository repo = git.getRepository();
      for (String path : paths) {
        if (inHead(repo, path)) {
          git.checkout().setStartPoint(Constants.HEAD).addPath(path).call();
        } else {
          Files.deleteIfExists(root.resolve(path));
        }
      }
    } catch (GitAPIException | JGitInternalException e) {
      throw new IOException("cannot reset " + paths + " to HEAD: " + e.getMessage(), e);
    }
  }

  private static boolean inHead(Repository repo, String path) throws IOException {
    try (TreeWalk walk = TreeWalk.forPath(repo, path, repo.parseCommit(repo.resolve(Constants.HEAD)).getTree())) {
      return walk != null;
    }
  }

  private static Patch parse(String diff) throws Rejected {
    String text = diff.endsWith("\n") ? diff : diff + "\n";
    Patch patch = new Patch();
    try {
      patch.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException impossible) {
      throw new IllegalStateException("reading a byte array failed", impossible);
    }
    List<FormatError> errors = patch.getErrors().stream()
        .filter(error -> error.getSeverity() == FormatError.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new Rejected("it cannot be read: " + errors.stream().map(Object::toString).collect(Collectors.joining("; ")));
    }
    if (patch.getFiles().isEmpty()) {
      throw new Rejected("it holds no file diff");
    }
    return patch;
  }
}
