package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kohsuke.github.HttpException;

/**
 * Turns what a call to GitHub threw into a one-line {@link FixerException} naming the action, the
 * GitHub and the fix. Messages carry GitHub's own "message" and never the token.
 */
final class GitHubFailures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String apiUrl;
  private final String repo;
  private final boolean anonymous;

  GitHubFailures(String apiUrl, String repo, boolean anonymous) {
    this.apiUrl = apiUrl;
    this.repo = repo;
    this.anonymous = anonymous;
  }

  /** One call to GitHub. */
  interface Call<T> {
    T run() throws IOException;
  }

  /** Runs {@code call}; a 404 becomes a usage error saying {@code notFound}. */
  <T> T call(String action, String notFound, Call<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      if (isNotFound(e)) {
        throw FixerException.usage(notFound, e);
      }
      throw translate(action, e);
    }
  }

  /** Runs {@code call}; a 404 says that GitHub found nothing to {@code action} in the repository. */
  <T> T call(String action, Call<T> call) {
    return call(action, "cannot " + action + ": GitHub at " + apiUrl + " answered 404 Not Found; check that "
        + repo + (anonymous ? " is public, or set GITHUB_TOKEN" : " is visible to GITHUB_TOKEN"), call);
  }

  static boolean isNotFound(IOException e) {
    return e instanceof FileNotFoundException || status(e) == 404;
  }

  static int status(IOException e) {
    return e instanceof HttpException http ? http.getResponseCode() : -1;
  }

  /** Whether GitHub refused the call as invalid (422) with {@code text} in its answer. */
  static boolean isUnprocessable(IOException e, String text) {
    return status(e) == 422 && e.getMessage() != null && e.getMessage().contains(text);
  }

  FixerException translate(String action, IOException e) {
    int status = status(e);
    if (status == 401) {
      return FixerException.usage(anonymous
          ? "GitHub at " + apiUrl + " needs a token to " + action + " (401 " + message(e)
              + "): export GITHUB_TOKEN=<token>"
          : "GitHub at " + apiUrl + " rejected GITHUB_TOKEN (401 " + message(e) + "): check that the token "
              + "is valid for this GitHub and has not expired, or create a new one", e);
    }
    if (status == 403 || status == 429) {
      return refused(action, status, e);
    }
    if (status >= 500) {
      return FixerException.infrastructure("cannot reach GitHub at " + apiUrl + " to " + action
          + ": it answered " + status + " " + message(e) + "; try again later", e);
    }
    if (status >= 400) {
      return FixerException.infrastructure("GitHub at " + apiUrl + " refused to " + action + " (" + status + " "
          + message(e) + ")", e);
    }
    return FixerException.infrastructure("cannot reach GitHub at " + apiUrl + " to " + action + ": "
        + transportReason(e.getCause() instanceof IOException cause && status < 0 ? cause : e), e);
  }

  private FixerException refused(String action, int status, IOException e) {
    String message = message(e);
    if (status == 429 || message.toLowerCase(Locale.ROOT).contains("rate limit")) {
      return FixerException.infrastructure("GitHub at " + apiUrl + " refused to " + action + ": " + message
          + "; wait for the rate limit to reset" + (anonymous ? ", or set GITHUB_TOKEN for a higher limit" : ""), e);
    }
    return FixerException.usage("GitHub at " + apiUrl + " refused to " + action + " (" + status + " " + message
        + "): " + (anonymous ? "set GITHUB_TOKEN to a token" : "give GITHUB_TOKEN") + " write access to the "
        + "contents, issues and pull requests of " + repo, e);
  }

  /**
   * GitHub's "message" from an error body, followed by what its "errors" say (e.g. {@code
   * Validation Failed: A pull request already exists for o:b}), else the exception's text; one line.
   */
  static String message(IOException e) {
    String text = e.getMessage() == null ? "" : e.getMessage().strip();
    if (text.startsWith("{")) {
      try {
        JsonNode body = JSON.readTree(text);
        String message = body.path("message").asText("").strip();
        List<String> details = new ArrayList<>();
        body.path("errors").forEach(error -> details.add(detail(error)));
        details.removeIf(String::isBlank);
        String joined = details.isEmpty() ? message : message + ": " + String.join("; ", details);
        if (!joined.isBlank()) {
          return TextFiles.oneLine(joined).replaceAll("\\.+$", "");
        }
      } catch (IOException notJson) {
        return TextFiles.oneLine(text);
      }
    }
    return text.isEmpty() ? e.getClass().getSimpleName() : TextFiles.oneLine(text);
  }

  private static String detail(JsonNode error) {
    if (error.isTextual()) {
      return error.asText();
    }
    String message = error.path("message").asText("");
    return !message.isBlank() ? message.replaceAll("\\.+$", "")
        : (error.path("field").asText("") + " " + error.path("code").asText("")).strip();
  }

  private static String transportReason(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host " + e.getMessage();
    }
    if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
      return "timed out";
    }
    return message(e);
  }
}
