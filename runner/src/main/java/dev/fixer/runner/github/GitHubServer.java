package dev.fixer.runner.github;

import dev.fixer.runner.FixerException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The web server of the GitHub that fixer talks to, whose host is the only one an issue URL may
 * name: {@code GITHUB_SERVER_URL} when set; else derived from the API URL of {@link GitHubAccess#from}
 * ({@code https://api.github.com} gives {@code https://github.com}, {@code https://api.HOST} gives
 * {@code https://HOST}, {@code https://ghe.example.com/api/v3} gives {@code https://ghe.example.com}).
 */
public final class GitHubServer {

  public static final String DEFAULT_URL = "https://github.com";

  private GitHubServer() {}

  /**
   * The server URL without a trailing '/'.
   *
   * @throws FixerException a usage error when {@code GITHUB_API_URL} is not an http(s) URL
   */
  public static String url(Map<String, String> env) {
    String server = env.get("GITHUB_SERVER_URL");
    if (server != null && !server.isBlank()) {
      return server.strip().replaceAll("/+$", "");
    }
    URI api = URI.create(GitHubAccess.from(env).apiUrl());
    if (api.getHost().startsWith("api.") && (api.getPath() == null || api.getPath().isEmpty())) {
      return api.getScheme() + "://" + api.getHost().substring("api.".length())
          + (api.getPort() == -1 ? "" : ":" + api.getPort());
    }
    return api.toString().replaceAll("/api/v3$", "");
  }

  /** The host of {@link #url}, in lower case; the whole value when it is not a URL. */
  public static String host(Map<String, String> env) {
    String url = url(env);
    try {
      String host = new URI(url).getHost();
      return (host == null ? url : host).toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return url.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * {@code env} pointed at the GitHub whose web address is {@code serverUrl} ({@code --github-url}):
   * {@code GITHUB_SERVER_URL} set to it, and {@code GITHUB_API_URL} to {@code https://api.github.com}
   * for github.com, else to {@code serverUrl/api/v3} as on GitHub Enterprise Server.
   *
   * @throws FixerException a usage error when {@code serverUrl} is not an http(s) URL of a host
   */
  public static Map<String, String> pointedAt(Map<String, String> env, String serverUrl) {
    Objects.requireNonNull(serverUrl, "serverUrl");
    String server = serverUrl.strip().replaceAll("/+$", "");
    URI uri;
    try {
      uri = new URI(server);
    } catch (URISyntaxException e) {
      uri = null;
    }
    String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri == null || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw FixerException.usage("--github-url is '" + serverUrl + "', not an http(s) URL: pass the web address of"
          + " your GitHub, e.g. https://ghe.example.com");
    }
    Map<String, String> pointed = new HashMap<>(env);
    pointed.put("GITHUB_SERVER_URL", server);
    pointed.put("GITHUB_API_URL", uri.getHost().equalsIgnoreCase("github.com") ? GitHubAccess.DEFAULT_API_URL
        : server + "/api/v3");
    return pointed;
  }
}
