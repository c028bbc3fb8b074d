package dev.fixer.runner.git;

import dev.fixer.runner.git.CommitSelection.LeftOut;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Moves the changes a commit leaves out to a directory outside the work tree, so that what is verified
 * is what is committed, and nothing the agent made is lost: a new file is moved there; a changed
 * tracked file is copied there and restored to its HEAD version.
 */
final class SetAside {

  private SetAside() {}

  static void move(Repository repo, List<LeftOut> leftOut, Path dir) throws IOException, GitAPIException {
    Path workTree = repo.getWorkTree().toPath();
    for (LeftOut left : leftOut) {
      String path = left.change().path();
      Path file = workTree.resolve(path);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Path target = dir.resolve(path);
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
      if (left.change().kind() == FileChange.Kind.ADDED) {
        Files.delete(file);
      } else {
        try (Git git = Git.wrap(repo)) {
          git.checkout().setStartPoint(Constants.HEAD).addPath(path).call();
        }
      }
    }
  }

  /**
   * Makes the index HEAD plus exactly {@code paths}: their additions and modifications, and the deletions
   * of those that are gone. Whatever was staged before is unstaged first.
   */
  static void stage(Repository repo, List<String> paths) throws GitAPIException {
    try (Git git = Git.wrap(repo)) {
      git.reset().call();
      if (paths.isEmpty()) {
        return;
      }
      var add = git.add();
      var update = git.add().setUpdate(true);
      for (String path : paths) {
        add.addFilepattern(path);
        update.addFilepattern(path);
      }
      add.call();
      update.call();
    }
  }
}
