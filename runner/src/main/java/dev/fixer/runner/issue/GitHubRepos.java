package dev.fixer.runner.issue;

import dev.fixer.runner.FixerException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the GitHub repository (OWNER/NAME) an issue number refers to. */
public final class GitHubRepos {

  private static final Pattern OWNER_AND_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/(?!\\.{1,2}$)[A-Za-z0-9._-]+");
  /** {@code user@host:owner/name}, the scp-like form ssh remotes use. */
  private static final Pattern SCP_LIKE = Pattern.compile("[^@/:\\s]+@[^@/:\\s]+:/?([^:]+)");
  private static final Set<String> URL_SCHEMES = Set.of("https", "http", "ssh");

  private GitHubRepos() {}

  /**
   * The repository to read an issue number from: {@code flag} (--github-repo) when set, else the
   * {@code GITHUB_REPOSITORY} environment variable, else the origin remote's URL.
   *
   * @param flag the --github-repo value, or null when not given
   * @return empty when none of these names a repository
   * @throws FixerException a usage error when {@code flag} or {@code GITHUB_REPOSITORY} is set but
   *     is not OWNER/NAME
   */
  public static Optional<String> resolve(String flag, Map<String, String> env,
      Optional<String> originUrl) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(originUrl, "originUrl");
    if (flag != null) {
      return Optional.of(require(flag, "--github-repo"));
    }
    String fromEnv = env.get("GITHUB_REPOSITORY");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(require(fromEnv, "GITHUB_REPOSITORY"));
    }
    return originUrl.flatMap(GitHubRepos::fromRemoteUrl);
  }

  /**
   * OWNER/NAME from a git remote URL: {@code https://host/owner/name(.git)} (also http, with
   * {@code user@} or a port), {@code git@host:owner/name(.git)} or
   * {@code ssh://git@host(:port)/owner/name(.git)}; empty for file paths and anything else.
   */
  public static Optional<String> fromRemoteUrl(String url) {
    String trimmed = url == null ? "" : url.strip();
    Matcher scp = SCP_LIKE.matcher(trimmed);
    if (!trimmed.contains("://") && scp.matches()) {
      return ownerAndName(scp.group(1));
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!URL_SCHEMES.contains(scheme) || uri.getHost() == null || uri.getPath() == null) {
        return Optional.empty();
      }
      return ownerAndName(uri.getPath());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  static boolean isOwnerAndName(String text) {
    return OWNER_AND_NAME.matcher(text).matches();
  }

  private static Optional<String> ownerAndName(String path) {
    String repo = path.replaceAll("^/+|/+$", "");
    repo = repo.endsWith(".git") ? repo.substring(0, repo.length() - ".git".length()) : repo;
    return isOwnerAndName(repo) ? Optional.of(repo) : Optional.empty();
  }

  private static String require(String value, String source) {
    String repo = value.strip();
    if (!isOwnerAndName(repo)) {
      throw FixerException.usage(
          source + " must be OWNER/NAME, e.g. octo-org/widgets, got '" + value + "'");
    }
    return repo;
  }
}
