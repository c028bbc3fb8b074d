package dev.fixer.runner.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A GitHub with one repository, served over real HTTP on loopback for tests: issues, pull requests
 * (which share issue numbers, from 1), comments, labels, collaborators and any file. It answers
 * like api.github.com (same JSON fields, Link pagination honouring {@code per_page}, rate-limit
 * headers, GitHub's error bodies, 422 for a second open pull request from one branch) and records
 * every request. {@code GET /user} answers 500, so a client that asks who it is fails the test.
 * Thread-safe. Close it to stop the server.
 */
public final class FakeGitHub implements AutoCloseable {

  private static final Set<String> ROLES = Set.of("admin", "maintain", "write", "triage", "read");

  /** A comment as the fake holds it. */
  public record FakeComment(long id, String author, String body) {}

  /** A review comment on a line of a pull request; {@code inReplyTo} is 0 for the first of its thread. */
  public record FakeReviewComment(long id, String author, String path, int line, String body, long inReplyTo) {}

  /**
   * A pull request as the fake holds it.
   *
   * @param head the branch it merges from, without the owner
   * @param state {@code open} or {@code closed}
   */
  public record FakePull(int number, String head, String base, String title, String body, boolean draft,
      String state) {}

  private final MockWebServer server;
  private final FakeRepo repo;

  private FakeGitHub(MockWebServer server, FakeRepo repo) {
    this.server = server;
    this.repo = repo;
  }

  /** Starts a fake holding repository {@code owner/name}, default branch {@code main}, at http://127.0.0.1:PORT. */
  public static FakeGitHub start(String owner, String name) {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FakeRepo repo = new FakeRepo(owner, name, "http://127.0.0.1:" + server.getPort());
    server.setDispatcher(new FakeRoutes(repo));
    return new FakeGitHub(server, repo);
  }

  /** The API root, e.g. {@code http://127.0.0.1:PORT}, without a trailing '/'. */
  public String apiUrl() {
    return repo.apiUrl;
  }

  /** The web server of the html_url links; the same address as {@link #apiUrl}. */
  public String serverUrl() {
    return repo.serverUrl();
  }

  /**
   * Sets the clone_url the repository answers with, e.g. the path of a local bare repository. When
   * it is a local repository, a new pull request's head and base must be branches in it, as on GitHub.
   */
  public FakeGitHub cloneUrl(String url) {
    synchronized (repo) {
      repo.cloneUrl = Objects.requireNonNull(url, "url");
    }
    return this;
  }

  /**
   * Sets who the token belongs to: the author of the comments and pull requests made through the
   * API; {@code fixer[bot]} by default.
   */
  public FakeGitHub botLogin(String login) {
    synchronized (repo) {
      repo.botLogin = Objects.requireNonNull(login, "login");
    }
    return this;
  }

  /** Adds an open issue; returns its number. */
  public int addIssue(String title, String body, String author, String... labels) {
    synchronized (repo) {
      int number = repo.newItem(title, body, author, null).number;
      addLabels(number, labels);
      return number;
    }
  }

  /** Gives issue (or pull request) {@code issue} each label it does not have yet. */
  public void addLabels(int issue, String... labels) {
    synchronized (repo) {
      FakeItem item = existing(issue);
      for (String label : labels) {
        if (!item.hasLabel(label)) {
          repo.labelId(label);
          item.labels.add(label);
        }
      }
    }
  }

  /** Adds a comment to issue (or pull request) {@code issue}; returns the comment's id. */
  public long addComment(int issue, String author, String body) {
    synchronized (repo) {
      FakeItem item = existing(issue);
      String now = repo.now();
      FakeItem.Comment comment = new FakeItem.Comment(repo.newCommentId(), author, body, now, now);
      item.comments.add(comment);
      return comment.id();
    }
  }

  /** Adds a review comment on {@code path}:{@code line} of pull request {@code pull}; returns its id. */
  public long addReviewComment(int pull, String author, String path, int line, String body) {
    synchronized (repo) {
      FakeReviewComment comment = new FakeReviewComment(repo.newCommentId(), author, path, line, body, 0);
      existing(pull).reviewComments.add(comment);
      return comment.id();
    }
  }

  /** The review comments of pull request {@code pull}, replies included, oldest first. */
  public List<FakeReviewComment> reviewCommentsOn(int pull) {
    synchronized (repo) {
      return List.copyOf(existing(pull).reviewComments);
    }
  }

  /** Closes issue (or pull request) {@code issue}. */
  public void closeIssue(int issue) {
    synchronized (repo) {
      existing(issue).state = "closed";
    }
  }

  /** Adds an open pull request from {@code headBranch} into {@code main}, opened by the bot; returns its number. */
  public int addPullRequest(String headBranch, String title, String body) {
    synchronized (repo) {
      FakeItem pull = repo.newItem(title, body, repo.botLogin, headBranch);
      pull.base = repo.defaultBranch;
      pull.headSha = repo.branchTip(headBranch).orElse("0".repeat(40));
      return pull.number;
    }
  }

  /**
   * From now on, GET of pull request {@code pull} as a diff ({@code Accept: application/vnd.github.diff})
   * answers {@code status} with {@code body}, as GitHub answers 406 for a diff too large to give. Without
   * this, the diff is made from the local repository of {@link #cloneUrl}, merge base to head.
   */
  public void refuseDiff(int pull, int status, String body) {
    synchronized (repo) {
      FakeItem item = existing(pull);
      item.refusedDiffStatus = status;
      item.refusedDiffBody = Objects.requireNonNull(body, "body");
    }
  }

  /** Makes {@code login} a collaborator with {@code role}: admin, maintain, write, triage or read. */
  public void collaborator(String login, String role) {
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("not a repository role: " + role + "; one of " + ROLES);
    }
    synchronized (repo) {
      repo.roles.put(login.toLowerCase(Locale.ROOT), role);
    }
  }

  /** Serves {@code body} on GET {@code path} (e.g. {@code /user-attachments/assets/x}), anywhere on the server. */
  public void serve(String path, String contentType, byte[] body) {
    synchronized (repo) {
      repo.files.put(path, new FakeRepo.Served(contentType, body.clone()));
    }
  }

  /** Answers GET {@code path} with 302 to {@code location}, as GitHub sends attachments on to signed storage URLs. */
  public void redirect(String path, String location) {
    synchronized (repo) {
      repo.redirects.put(path, location);
    }
  }

  /**
   * Makes the next {@code method} request whose path starts with {@code pathPrefix} answer
   * {@code status} with {@code body}. Several queued failures are used in order.
   */
  public void failNext(String method, String pathPrefix, int status, String body) {
    synchronized (repo) {
      repo.failures.add(new FakeRepo.Failure(method, pathPrefix, status, body));
    }
  }

  /**
   * Makes the next {@code method} request whose path starts with {@code pathPrefix} stall: it is
   * recorded but not carried out, and answered (503) only when the fake closes; so a test can kill a
   * client in the middle of what it was doing.
   */
  public void stallNext(String method, String pathPrefix) {
    synchronized (repo) {
      repo.stalls.add(new FakeRepo.Stall(method, pathPrefix));
    }
  }

  /** From now on, a request without {@code Authorization: token <token>} (or {@code Bearer <token>}) gets 401. */
  public void requireToken(String token) {
    synchronized (repo) {
      repo.requiredToken = Objects.requireNonNull(token, "token");
    }
  }

  /** The labels issue {@code issue} has, in the order they were added. */
  public List<String> labelsOf(int issue) {
    synchronized (repo) {
      return List.copyOf(existing(issue).labels);
    }
  }

  /** The comments on issue {@code issue}, oldest first. */
  public List<FakeComment> commentsOn(int issue) {
    synchronized (repo) {
      return existing(issue).comments.stream().map(FakeItem.Comment::view).toList();
    }
  }

  /** Every pull request, open or closed, by number. */
  public List<FakePull> pulls() {
    synchronized (repo) {
      return repo.items.values().stream().filter(FakeItem::isPull)
          .map(item -> new FakePull(item.number, item.head, item.base, item.title, item.body, item.draft, item.state))
          .toList();
    }
  }

  /** Every request so far, in the order they came. */
  public List<RecordedRequest> requests() {
    synchronized (repo) {
      return List.copyOf(repo.requests);
    }
  }

  /** How many {@code method} requests had an encoded path (no query) starting with {@code pathPrefix}. */
  public long count(String method, String pathPrefix) {
    synchronized (repo) {
      return repo.requests.stream()
          .filter(request -> request.getMethod().equals(method))
          .filter(request -> request.getUrl().encodedPath().startsWith(pathPrefix))
          .count();
    }
  }

  @Override
  public void close() {
    repo.closing.countDown();
    server.close();
  }

  private FakeItem existing(int issue) {
    return repo.item(issue).orElseThrow(() -> new IllegalArgumentException("FakeGitHub has no issue #" + issue));
  }
}
