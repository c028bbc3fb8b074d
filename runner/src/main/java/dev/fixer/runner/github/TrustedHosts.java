package dev.fixer.runner.github;

import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The places fixer may send the GitHub token to: the API's and the server's own scheme and host,
 * and, over https, github.com and its subdomains and *.githubusercontent.com.
 */
final class TrustedHosts {

  private final Optional<HttpUrl> api;
  private final Optional<HttpUrl> server;

  TrustedHosts(String apiUrl, String serverUrl) {
    this.api = Optional.ofNullable(apiUrl).map(HttpUrl::parse);
    this.server = Optional.ofNullable(serverUrl).map(HttpUrl::parse);
  }

  boolean trusts(HttpUrl url) {
    if (sameOrigin(url, api) || sameOrigin(url, server)) {
      return true;
    }
    String host = url.host();
    return url.isHttps()
        && (host.equals("github.com") || host.endsWith(".github.com") || host.endsWith(".githubusercontent.com"));
  }

  private static boolean sameOrigin(HttpUrl url, Optional<HttpUrl> trusted) {
    return trusted.isPresent()
        && trusted.get().scheme().equals(url.scheme()) && trusted.get().host().equals(url.host());
  }
}
