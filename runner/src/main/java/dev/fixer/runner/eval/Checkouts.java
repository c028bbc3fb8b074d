package dev.fixer.runner.eval;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.util.FileUtils;

/**
 * A repository at an instance's base commit: a fresh clone of a local source (from
 * {@link RepoSources#local}) with a clean work tree and HEAD detached at the commit, usable as the
 * user's repository of {@code fixer run}. The source's branches, tags and HEAD are fetched, so a
 * commit is found if any of them reaches it.
 */
public final class Checkouts {

  private static final List<String> SPECS = List.of("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + "origin/*",
      "+" + Constants.R_TAGS + "*:" + Constants.R_TAGS + "*");
  private static final String SOURCE_HEAD = "+" + Constants.HEAD + ":refs/fixer/source-head";

  private Checkouts() {}

  /** As {@link #at(Path, String, String, Path)}, messages naming the source by its path. */
  public static void at(Path source, String commit, Path dir) {
    at(source, source.toString(), commit, dir);
  }

  /**
   * Clones {@code source} into {@code dir}, removed first if it exists, with HEAD detached at
   * {@code commit}.
   *
   * @param repo how messages name the repository, e.g. {@code OWNER/NAME}
   * @param commit a full sha or an unambiguous prefix
   * @throws InstanceError if the commit is not in the source, or the clone cannot be made
   */
  public static void at(Path source, String repo, String commit, Path dir) {
    Base base = resolve(source, repo, commit);
    try {
      FileUtils.delete(dir.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InstanceError("cannot empty the checkout directory " + dir + ": " + e.getMessage(), e);
    }
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      Repository clone = git.getRepository();
      StoredConfig config = clone.getConfig();
      config.setString("remote", "origin", "url", source.toString());
      config.setStringList("remote", "origin", "fetch", SPECS);
      config.setBoolean("fetch", null, "autogc", false);
      config.save();
      List<String> specs = new ArrayList<>(SPECS);
      if (base.sourceHasHead()) {
        specs.add(SOURCE_HEAD);
      }
      git.fetch().setRemote("origin").setRefSpecs(specs.stream().map(RefSpec::new).toList()).call();
      if (!clone.getObjectDatabase().has(base.id())) {
        throw new InstanceError("base commit " + commit + " is in " + repo + " but no branch, tag or HEAD reaches it");
      }
      RefUpdate detach = clone.updateRef(Constants.HEAD, true);
      detach.setNewObjectId(base.id());
      detach.forceUpdate();
      git.reset().setMode(ResetType.HARD).setRef(base.id().name()).call();
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw new InstanceError("cannot check out " + repo + " at " + commit + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  private record Base(ObjectId id, boolean sourceHasHead) {}

  /** The full sha of {@code commit} in {@code source}, and whether the source's HEAD names a commit. */
  private static Base resolve(Path source, String repo, String commit) {
    if (!commit.matches("[0-9a-fA-F]{4,40}")) {
      throw new InstanceError("base commit '" + commit + "' of " + repo + " is not a commit sha");
    }
    try (Repository repository = open(source)) {
      ObjectId id = repository.resolve(commit + "^{commit}");
      if (id == null) {
        throw notIn(source, repo, commit);
      }
      return new Base(id.copy(), repository.resolve(Constants.HEAD + "^{commit}") != null);
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      throw notIn(source, repo, commit);
    } catch (AmbiguousObjectException e) {
      throw new InstanceError("base commit " + commit + " is ambiguous in " + repo + ": give more digits", e);
    } catch (IOException | RevisionSyntaxException e) {
      throw new InstanceError("cannot read " + repo + " at " + source + ": " + e.getMessage(), e);
    }
  }

  private static InstanceError notIn(Path source, String repo, String commit) {
    return new InstanceError("base commit " + commit + " is not in " + repo + " (" + source + "): check the dataset's"
        + " base_commit, or give a clone with the whole history in --repo-cache");
  }

  private static Repository open(Path source) throws IOException {
    File dotGit = source.resolve(Constants.DOT_GIT).toFile();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    return (dotGit.exists() ? builder.setGitDir(dotGit) : builder.setGitDir(source.toFile())).build();
  }
}
