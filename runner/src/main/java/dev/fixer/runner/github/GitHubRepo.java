package dev.fixer.runner.github;

import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * One repository on GitHub: its issues, pull requests, comments, labels and collaborators.
 * Thread-safe: several batch runs may share one. Every method fails with a one-line
 * {@link FixerException}: a usage error for what the user fixes (a bad token, a missing repository
 * or issue, too few rights), an infrastructure error when GitHub cannot be reached or fails. No
 * message contains the token.
 */
public final class GitHubRepo {

  private static final Pattern FULL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9._-]+");
  private static final int PAGE_SIZE = 100;
  private static final String ALREADY_EXISTS = "A pull request already exists";

  private final GHRepository repo;
  private final GitHubHttp http;
  private final GitHubFailures failures;
  private final String fullName;

  private GitHubRepo(GHRepository repo, GitHubHttp http, GitHubFailures failures) {
    this.repo = repo;
    this.http = http;
    this.failures = failures;
    this.fullName = repo.getFullName();
  }

  /**
   * Connects to GitHub (without asking who the token belongs to) and reads the repository.
   *
   * @param fullName {@code owner/name}
   * @throws FixerException a usage error when {@code fullName} is not owner/name, GitHub rejects
   *     the token (401) or does not know the repository (404); an infrastructure error when GitHub
   *     cannot be reached or fails
   */
  public static GitHubRepo connect(GitHubAccess access, String fullName) {
    Objects.requireNonNull(access, "access");
    if (fullName == null || !FULL_NAME.matcher(fullName).matches()) {
      throw FixerException.usage("'" + fullName + "' is not a GitHub repository name: use OWNER/NAME, "
          + "e.g. octocat/hello-world");
    }
    GitHubFailures failures = new GitHubFailures(access.apiUrl(), fullName, access.token().isEmpty());
    GitHubHttp http = new GitHubHttp(access);
    GHRepository repo = failures.call("read repository " + fullName,
        "repository " + fullName + " was not found at " + access.apiUrl() + ": check the name, and that "
            + (access.token().isPresent() ? "GITHUB_TOKEN can see it" : "it is public or GITHUB_TOKEN is set"),
        () -> client(access, http).getRepository(fullName));
    return new GitHubRepo(repo, http, failures);
  }

  /** github-api's client, on the same OkHttp client (and time limit) as the plain calls, rate limits failing fast. */
  private static GitHub client(GitHubAccess access, GitHubHttp http) throws IOException {
    GitHubBuilder builder = new GitHubBuilder()
        .withEndpoint(access.apiUrl())
        .withConnector(new OkHttpGitHubConnector(http.client()))
        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL);
    access.token().ifPresent(token -> builder.withOAuthToken(token, "fixer"));
    return builder.build();
  }

  /** {@code owner/name} as GitHub spells it. */
  public String fullName() {
    return fullName;
  }

  public String defaultBranch() {
    return repo.getDefaultBranch();
  }

  /** The https URL to clone or push to. */
  public String cloneUrl() {
    return repo.getHttpTransportUrl();
  }

  /** The repository's page, e.g. {@code https://github.com/owner/name}. */
  public String htmlUrl() {
    return repo.getHtmlUrl().toString();
  }

  /**
   * The issue (or pull request) with all its comments, oldest first.
   *
   * @throws FixerException a usage error when there is no issue {@code number}
   */
  public GitHubIssue issue(int number) {
    GHIssue issue = ghIssue(number);
    return failures.call("read the comments of issue #" + number + " of " + fullName, () -> {
      List<GitHubIssue.Comment> comments = new ArrayList<>();
      for (GHIssueComment comment : issue.listComments().withPageSize(PAGE_SIZE)) {
        comments.add(GitHubObjects.comment(comment));
      }
      return GitHubObjects.issue(issue, comments);
    });
  }

  /** The open issues labeled {@code label}, pull requests left out, by number; comments are not loaded. */
  public List<GitHubIssue> openIssuesLabeled(String label) {
    return failures.call("list the open issues labeled '" + label + "' in " + fullName, () -> {
      List<GitHubIssue> issues = new ArrayList<>();
      for (GHIssue issue : repo.queryIssues().state(GHIssueState.OPEN).label(label).pageSize(PAGE_SIZE).list()) {
        if (!issue.isPullRequest()) {
          issues.add(GitHubObjects.issue(issue, List.of()));
        }
      }
      issues.sort(Comparator.comparingInt(GitHubIssue::number));
      return issues;
    });
  }

  /** The open pull request from {@code headBranch} of this repository, if there is one. */
  public Optional<PullRequest> openPullRequest(String headBranch) {
    return failures.call("find the open pull request from branch " + headBranch + " of " + fullName, () -> {
      for (GHPullRequest pull : repo.queryPullRequests().state(GHIssueState.OPEN).head(headBranch).list()) {
        return Optional.of(GitHubObjects.pullRequest(pull));
      }
      return Optional.empty();
    });
  }

  /**
   * Opens a pull request from {@code headBranch} (already pushed) into the default branch. When
   * one is already open from that branch, returns it unchanged.
   */
  public PullRequest createPullRequest(String headBranch, String title, String body, boolean draft) {
    String action = "open a pull request from branch " + headBranch + " of " + fullName;
    try {
      return GitHubObjects.pullRequest(
          repo.createPullRequest(title, headBranch, defaultBranch(), body, true, draft));
    } catch (IOException e) {
      if (GitHubFailures.isUnprocessable(e, ALREADY_EXISTS)) {
        return openPullRequest(headBranch).orElseThrow(() -> failures.translate(action, e));
      }
      throw failures.translate(action, e);
    }
  }

  /** Sets the title and body of pull request {@code number}, in one call to GitHub. */
  public PullRequest updatePullRequest(int number, String title, String body) {
    return failures.call("update pull request #" + number + " of " + fullName,
        "pull request #" + number + " was not found in " + fullName,
        () -> GitHubObjects.pullRequest(
            http.patch(repoPath("/pulls/" + number), Map.of("title", title, "body", body))));
  }

  /** fixer's own comment on the issue: the first, oldest first, whose body contains {@code marker}. */
  public Optional<IssueComment> findComment(int issue, String marker) {
    GHIssue ghIssue = ghIssue(issue);
    return failures.call("read the comments of issue #" + issue + " of " + fullName, () -> {
      for (GHIssueComment comment : ghIssue.listComments().withPageSize(PAGE_SIZE)) {
        if (comment.getBody() != null && comment.getBody().contains(marker)) {
          return Optional.of(GitHubObjects.issueComment(comment));
        }
      }
      return Optional.empty();
    });
  }

  /** Adds a comment to issue (or pull request) {@code issue}. */
  public IssueComment addComment(int issue, String body) {
    GHIssue ghIssue = ghIssue(issue);
    return failures.call("comment on issue #" + issue + " of " + fullName,
        () -> GitHubObjects.issueComment(ghIssue.comment(body)));
  }

  /** Replaces the body of comment {@code commentId}; the comment keeps its place and id. */
  public IssueComment editComment(long commentId, String body) {
    return failures.call("edit comment " + commentId + " in " + fullName,
        "comment " + commentId + " was not found in " + fullName,
        () -> GitHubObjects.issueComment(http.patch(repoPath("/issues/comments/" + commentId), Map.of("body", body))));
  }

  /**
   * Gives the issue label {@code add} (GitHub creates it when the repository has none by that name)
   * and takes off each label in {@code remove} it has. A label that is gone by the time it is
   * removed is no error.
   */
  public void setStateLabel(int issue, String add, Collection<String> remove) {
    GHIssue ghIssue = ghIssue(issue);
    failures.call("set the labels of issue #" + issue + " of " + fullName, () -> {
      StateLabels.set(ghIssue, add, remove);
      return null;
    });
  }

  /** The role {@code login} has in the repository; NONE when they are not a collaborator. */
  public Permission permissionOf(String login) {
    try {
      return GitHubObjects.permission(http.get(repoPath("/collaborators/" + encode(login) + "/permission")));
    } catch (IOException e) {
      if (GitHubFailures.isNotFound(e)) {
        return Permission.NONE;
      }
      throw failures.translate("read the permission of " + login + " in " + fullName, e);
    }
  }

  private GHIssue ghIssue(int number) {
    return failures.call("read issue #" + number + " of " + fullName,
        "issue #" + number + " was not found in " + fullName, () -> repo.getIssue(number));
  }

  private String repoPath(String rest) {
    return "/repos/" + fullName + rest;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
