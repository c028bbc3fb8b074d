package dev.fixer.runner.git;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A git remote and the GitHub token to reach it with. The token is sent only to an {@code https://}
 * URL that carries no user of its own, as HTTP basic auth with user {@code x-access-token}; ssh, file
 * and local remotes, and URLs with userinfo, are used as they are. Neither {@link #toString()} nor
 * {@link #displayUrl()} reveals the token or a password in the URL, and fixer writes neither to any
 * git config.
 *
 * @param url the remote as git accepts it: {@code https://host/o/r.git}, {@code git@host:o/r}, a path
 * @param token the token; a blank one counts as none
 */
public record RemoteAccess(String url, Optional<String> token) {

  private static final Pattern SCHEME_USERINFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@");
  private static final String TOKEN_USER = "x-access-token";
  private static final String HIDDEN = "***";

  /** @throws IllegalArgumentException if {@code url} is blank */
  public RemoteAccess {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(token, "token");
    if (url.isBlank()) {
      throw new IllegalArgumentException("the remote URL is blank");
    }
    token = token.filter(value -> !value.isBlank());
  }

  /** {@link #url()} without userinfo, e.g. {@code https://host/o/r.git} for {@code https://u:pw@host/o/r.git}. */
  public String displayUrl() {
    return SCHEME_USERINFO.matcher(url).replaceFirst("$1");
  }

  /** Basic auth with the token for an https URL without userinfo; null (none) otherwise. */
  CredentialsProvider credentials() {
    if (token.isEmpty() || !isHttps() || hasUserInfo()) {
      return null;
    }
    return new UsernamePasswordCredentialsProvider(TOKEN_USER, token.get());
  }

  /** {@code text} with the URL shown as {@link #displayUrl()} and every secret of this remote masked. */
  String redact(String text) {
    String redacted = text.replace(url, displayUrl());
    Optional<String> userInfo = userInfo();
    if (userInfo.isPresent()) {
      String info = userInfo.get();
      int colon = info.indexOf(':');
      redacted = redacted.replace(info + "@", "");
      if (colon >= 0) {
        redacted = redacted.replace(info.substring(0, colon) + "@", "");
        redacted = mask(redacted, info.substring(colon + 1));
      }
    }
    return token.isPresent() ? mask(redacted, token.get()) : redacted;
  }

  private static String mask(String text, String secret) {
    return secret.isEmpty() ? text : text.replace(secret, HIDDEN);
  }

  /** Whether the URL carries a user, e.g. {@code https://user:pw@host/r.git}. */
  boolean hasUserInfo() {
    return userInfo().isPresent();
  }

  private boolean isHttps() {
    return url.regionMatches(true, 0, "https://", 0, "https://".length());
  }

  private Optional<String> userInfo() {
    Matcher matcher = SCHEME_USERINFO.matcher(url);
    return matcher.find() ? Optional.of(matcher.group(2)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "RemoteAccess[url=" + displayUrl() + ", token=" + (token.isPresent() ? "(set)" : "(none)") + "]";
  }
}
