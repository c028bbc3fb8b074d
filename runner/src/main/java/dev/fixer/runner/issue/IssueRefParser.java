package dev.fixer.runner.issue;

import dev.fixer.runner.FixerException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of {@link IssueRef#parse}. */
final class IssueRefParser {

  private static final Pattern NUMBER = Pattern.compile("#?(\\d+)");
  /** /OWNER/NAME/issues/42, or a pull request's /OWNER/NAME/pull/42. */
  private static final Pattern ISSUE_PATH =
      Pattern.compile("/([^/]+)/([^/]+)/(issues|pulls?)/(\\d+)/?");
  private static final String FILE_SUFFIX = ".*\\.(md|markdown|txt)";

  private IssueRefParser() {}

  static IssueRef parse(String text, Path workingDir, Supplier<String> serverHost) {
    String trimmed = text == null ? "" : text.strip();
    Matcher number = NUMBER.matcher(trimmed);
    if (number.matches()) {
      return new IssueRef.Number(issueNumber(number.group(1), trimmed), Optional.empty());
    }
    if (trimmed.contains("://")) {
      return fromUrl(trimmed, serverHost.get());
    }
    Path path = resolve(trimmed, workingDir);
    if (path != null && Files.exists(path)) {
      return new IssueRef.File(path);
    }
    if (path != null && looksLikeAFile(trimmed)) {
      throw FixerException.usage("the issue file " + path + " does not exist");
    }
    throw FixerException.usage("unknown issue '" + trimmed
        + "': pass a Markdown file, an issue number (42 or #42) or an issue URL");
  }

  private static IssueRef fromUrl(String text, String serverHost) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw unknownUrl(text);
    }
    Matcher path = ISSUE_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
    if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw unknownUrl(text);
    }
    if (!uri.getHost().equalsIgnoreCase(serverHost)) {
      throw FixerException.usage("the issue " + text + " is on " + uri.getHost().toLowerCase(Locale.ROOT)
          + ", but fixer talks to " + serverHost + " (set GITHUB_SERVER_URL and GITHUB_API_URL, or pass"
          + " --github-url, for GitHub Enterprise)");
    }
    if (!path.matches()) {
      throw unknownUrl(text);
    }
    if (!path.group(3).equals("issues")) {
      throw FixerException.usage(text + " is a pull request: pass the issue it fixes (its number "
          + "or URL) with --issue, not the pull request");
    }
    String repo = path.group(1) + "/" + path.group(2);
    if (!GitHubRepos.isOwnerAndName(repo)) {
      throw unknownUrl(text);
    }
    return new IssueRef.Number(issueNumber(path.group(4), text), Optional.of(repo));
  }

  private static int issueNumber(String digits, String text) {
    int number;
    try {
      number = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw FixerException.usage("the issue number in '" + text + "' is too large");
    }
    if (number < 1) {
      throw FixerException.usage("issue numbers start at 1, got '" + text + "'");
    }
    return number;
  }

  private static Path resolve(String text, Path workingDir) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return workingDir.resolve(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static boolean looksLikeAFile(String text) {
    return text.contains("/") || text.contains(java.io.File.separator)
        || text.toLowerCase(Locale.ROOT).matches(FILE_SUFFIX);
  }

  private static FixerException unknownUrl(String text) {
    return FixerException.usage("unknown issue URL '" + text
        + "': expected https://HOST/OWNER/NAME/issues/NUMBER, "
        + "e.g. https://github.com/octo-org/widgets/issues/42");
  }
}
