package dev.fixer.runner.eval;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.git.MirrorClone;
import dev.fixer.runner.git.RemoteAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FileUtils;

/**
 * Where the history of each repository of an evaluation is read from: a local cache of clones
 * ({@code --repo-cache}) if it holds the repository, else a bare clone from the server made once
 * under {@code clones} and reused by later calls and later processes. Safe to call from many threads:
 * one repository is cloned once. The token is sent with the clone only, never written to a message,
 * a log or the clone's config.
 */
public final class RepoSources {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  private final Optional<Path> cache;
  private final Path clones;
  private final String serverUrl;
  private final Optional<String> token;
  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  /**
   * @param cache a directory holding {@code OWNER/NAME} or {@code OWNER__NAME} clones, each bare or
   *     not, with or without a {@code .git} suffix
   * @param clones where clones from the server go, as {@code OWNER__NAME}
   * @param serverUrl e.g. {@code https://github.com}; a repository's URL is this, {@code /OWNER/NAME.git}
   * @param token sent to an https server when cloning, e.g. GITHUB_TOKEN
   */
  public RepoSources(Optional<Path> cache, Path clones, String serverUrl, Optional<String> token) {
    this.cache = cache.map(dir -> dir.toAbsolutePath().normalize());
    this.clones = clones.toAbsolutePath().normalize();
    this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl").replaceAll("/+$", "");
    this.token = Objects.requireNonNull(token, "token");
  }

  /**
   * The sources of an evaluation in {@code dir}: {@code cache} (null for none), then clones under
   * {@code dir/repos} from {@code serverUrl}, with {@code GITHUB_TOKEN} from {@code env} if set.
   */
  static RepoSources of(Path cache, EvalDir dir, String serverUrl, Map<String, String> env) {
    return new RepoSources(Optional.ofNullable(cache), dir.repos(), serverUrl,
        Optional.ofNullable(env.get("GITHUB_TOKEN")).filter(token -> !token.isBlank()));
  }

  /**
   * A local git repository (bare or not) that holds {@code repo}'s history.
   *
   * @param repo {@code OWNER/NAME}
   * @throws InstanceError if {@code repo} is no such name or the clone fails; the message names the
   *     URL without credentials
   */
  public Path local(String repo) {
    if (!NAME.matcher(repo).matches() || repo.contains("..")) {
      throw new InstanceError("the repository name '" + repo + "' is not OWNER/NAME");
    }
    Optional<Path> cached = cache.flatMap(dir -> cached(dir, repo));
    if (cached.isPresent()) {
      return cached.get();
    }
    synchronized (locks.computeIfAbsent(repo, name -> new Object())) {
      Path clone = clones.resolve(flat(repo));
      if (!isRepository(clone)) {
        cloneInto(repo, clone);
      }
      return clone;
    }
  }

  private static Optional<Path> cached(Path cache, String repo) {
    Path nested = cache.resolve(repo);
    Path flat = cache.resolve(flat(repo));
    return List.of(nested, sibling(nested, ".git"), flat, sibling(flat, ".git")).stream()
        .filter(RepoSources::isRepository)
        .findFirst();
  }

  private void cloneInto(String repo, Path clone) {
    RemoteAccess remote = new RemoteAccess(serverUrl + "/" + repo + ".git", token);
    Path partial = clones.resolve("." + flat(repo) + "." + UUID.randomUUID() + ".partial");
    try {
      MirrorClone.run(remote, partial);
      Files.move(partial, clone, StandardCopyOption.ATOMIC_MOVE);
    } catch (FixerException e) {
      throw new InstanceError("cannot clone " + repo + " from " + remote.displayUrl() + ": " + e.getMessage());
    } catch (IOException e) {
      if (!isRepository(clone)) {
        throw new InstanceError("cannot clone " + repo + " from " + remote.displayUrl() + ": cannot move the clone"
            + " to " + clone + ": " + TextFiles.reason(e));
      }
    } finally {
      delete(partial);
    }
  }

  /** Whether {@code dir} is a git repository: a bare one, or a work tree with its {@code .git}. */
  static boolean isRepository(Path dir) {
    return Files.isDirectory(dir) && (RepositoryCache.FileKey.isGitRepository(dir.toFile(), FS.DETECTED)
        || RepositoryCache.FileKey.isGitRepository(dir.resolve(".git").toFile(), FS.DETECTED));
  }

  /** {@code OWNER__NAME}, as clones and caches name a repository's directory. */
  static String flat(String repo) {
    return repo.replace("/", "__");
  }

  private static Path sibling(Path dir, String suffix) {
    return dir.resolveSibling(dir.getFileName() + suffix);
  }

  private static void delete(Path dir) {
    try {
      FileUtils.delete(dir.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
    } catch (IOException ignored) {
      // a leftover partial clone is named as one and never taken for a clone
    }
  }
}
