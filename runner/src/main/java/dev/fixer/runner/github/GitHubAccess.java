package dev.fixer.runner.github;

import dev.fixer.runner.FixerException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The GitHub API endpoint and the token to call it with, from the environment. {@link #toString}
 * hides the token.
 *
 * @param apiUrl the API root without a trailing '/', e.g. {@code https://api.github.com}
 * @param token the token, absent for anonymous access; never blank
 */
public record GitHubAccess(String apiUrl, Optional<String> token) {

  public static final String DEFAULT_API_URL = "https://api.github.com";

  public GitHubAccess {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(token, "token");
    if (!isHttpUrl(apiUrl) || apiUrl.endsWith("/")) {
      throw new IllegalArgumentException("not an API root URL: '" + apiUrl + "'");
    }
    if (token.isPresent() && token.get().isBlank()) {
      throw new IllegalArgumentException("a token is never blank; pass Optional.empty()");
    }
  }

  /**
   * The access the environment describes: {@code GITHUB_API_URL} (a trailing '/' dropped), else
   * {@link #DEFAULT_API_URL}; the token from {@code GITHUB_TOKEN}, else {@code GH_TOKEN}. Blank
   * values count as absent.
   *
   * @throws FixerException a usage error when {@code GITHUB_API_URL} is not an http(s) URL
   */
  public static GitHubAccess from(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String apiUrl = value(env, "GITHUB_API_URL").map(url -> url.replaceAll("/+$", "")).orElse(DEFAULT_API_URL);
    if (!isHttpUrl(apiUrl)) {
      throw FixerException.usage("GITHUB_API_URL is '" + env.get("GITHUB_API_URL").strip()
          + "', not an http(s) URL: set it to the API root of your GitHub, e.g. " + DEFAULT_API_URL
          + " or https://ghe.example.com/api/v3");
    }
    return new GitHubAccess(apiUrl, value(env, "GITHUB_TOKEN").or(() -> value(env, "GH_TOKEN")));
  }

  /**
   * The token.
   *
   * @param purpose what fixer needs the token for, e.g. {@code open a pull request}
   * @throws FixerException a usage error naming the purpose and how to create and export a token
   */
  public String requireToken(String purpose) {
    return token.orElseThrow(() -> FixerException.usage("GITHUB_TOKEN is not set: fixer needs it to "
        + purpose + "; create a token with access to the repository (repo contents and pull requests: "
        + "write, issues: write) and export GITHUB_TOKEN=<token>"));
  }

  @Override
  public String toString() {
    return "GitHubAccess[apiUrl=" + apiUrl + ", token=" + (token.isPresent() ? "(hidden)" : "(none)") + "]";
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
  }

  private static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
