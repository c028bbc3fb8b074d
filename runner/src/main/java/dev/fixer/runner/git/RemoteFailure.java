package dev.fixer.runner.git;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;

/**
 * Turns JGit's failures to reach a remote into one-line {@link FixerException}s that name the remote
 * by {@link RemoteAccess#displayUrl()} and never carry a secret: refused credentials and a missing
 * repository are usage errors (the user fixes the token, the key or the URL), anything else on the
 * way is infrastructure.
 */
final class RemoteFailure {

  /** What fixer was doing, as a verb for messages. */
  enum Access {
    READ("read", "read"),
    CLONE("clone", "read"),
    PUSH("push to", "write");

    private final String verb;
    private final String permission;

    Access(String verb, String permission) {
      this.verb = verb;
      this.permission = permission;
    }
  }

  private static final List<String> AUTH_SIGNS = List.of(
      "not authorized", "authentication", "auth fail", "not permitted", "permission denied", "access denied",
      "forbidden");
  private static final int MAX_CAUSES = 3;

  private RemoteFailure() {}

  /**
   * The URL as JGit parses it.
   *
   * @throws FixerException (usage) if it is not a git URL
   */
  static URIish parse(RemoteAccess remote) {
    URIish uri;
    try {
      uri = new URIish(remote.url());
    } catch (URISyntaxException e) {
      throw FixerException.usage(remote.displayUrl() + " is not a git remote URL: use https://host/owner/repo.git");
    }
    return uri;
  }

  /**
   * The failure to {@code access} {@code remote} caused by {@code e}; {@code what} names the part of
   * it, e.g. {@code "branch fixer/issue-7 on"}, or is empty for the whole repository.
   */
  static FixerException of(RemoteAccess remote, Access access, String what, Exception e) {
    String url = remote.displayUrl();
    String target = what.isEmpty() ? url : what + " " + url;
    String reason = withoutPrefix(remote.redact(reason(e)), url + ": ");
    if (isAuthentication(e)) {
      return refused(remote, access, reason);
    }
    if (e instanceof NoRemoteRepositoryException || e.getCause() instanceof NoRemoteRepositoryException) {
      return FixerException.usage("could not " + access.verb + " " + target + ": there is no repository there"
          + " (" + reason + "), or the token cannot see it; check the URL and GITHUB_TOKEN");
    }
    return FixerException.infrastructure("could not " + access.verb + " " + target + ": " + reason
        + "; check the URL and the network and run again", null);
  }

  private static FixerException refused(RemoteAccess remote, Access access, String reason) {
    String url = remote.displayUrl();
    String fix = "set GITHUB_TOKEN to a token with " + access.permission + " access to the repository's contents";
    if (remote.credentials() != null) {
      return FixerException.usage(url + " refused the token in GITHUB_TOKEN (" + reason + "): it cannot "
          + access.verb + " the repository; " + fix + " and run again");
    }
    if (remote.hasUserInfo()) {
      return FixerException.usage(url + " refused the credentials in its URL (" + reason + "): correct them,"
          + " or remove them from the URL and " + fix);
    }
    if (remote.token().isPresent()) {
      return FixerException.usage(url + " requires authentication (" + reason + "), and fixer sends"
          + " GITHUB_TOKEN only to https URLs: use the repository's https:// URL");
    }
    return FixerException.usage(url + " requires authentication (" + reason + "): " + fix);
  }

  private static String withoutPrefix(String text, String prefix) {
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  private static boolean isAuthentication(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
      if (AUTH_SIGNS.stream().anyMatch(message::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The distinct messages of {@code e} and its first causes, joined with ": ", on one line. */
  private static String reason(Exception e) {
    List<String> parts = new ArrayList<>();
    String previous = "";
    for (Throwable cause = e; cause != null && parts.size() < MAX_CAUSES; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !message.isBlank() && !previous.contains(message)) {
        parts.add(TextFiles.oneLine(message));
        previous = message;
      }
    }
    return parts.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", parts);
  }
}
