package dev.fixer.runner.github;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.RecordedRequest;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** The state of {@link FakeGitHub}: one repository, its issues, pull requests and users. Callers hold its lock. */
final class FakeRepo {

  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  /** A failure {@link FakeGitHub#failNext} queued. */
  record Failure(String method, String pathPrefix, int status, String body) {}

  /** A request {@link FakeGitHub#stallNext} holds. */
  record Stall(String method, String pathPrefix) {}

  /** A file {@link FakeGitHub#serve} serves. */
  record Served(String contentType, byte[] body) {}

  final String owner;
  final String name;
  final String apiUrl;
  final String defaultBranch = "main";
  final Map<Integer, FakeItem> items = new TreeMap<>();
  final Map<String, String> roles = new LinkedHashMap<>();
  final Map<String, Served> files = new LinkedHashMap<>();
  final Map<String, String> redirects = new LinkedHashMap<>();
  final Deque<Failure> failures = new ArrayDeque<>();
  final Deque<Stall> stalls = new ArrayDeque<>();
  /** Released when the fake closes, letting stalled requests go. */
  final CountDownLatch closing = new CountDownLatch(1);
  final List<RecordedRequest> requests = new ArrayList<>();
  private final Map<String, Long> labelIds = new LinkedHashMap<>();
  String cloneUrl;
  String botLogin = "fixer[bot]";
  String requiredToken;
  private int nextNumber = 1;
  private long nextCommentId = 1_000_001;
  private long clock;

  FakeRepo(String owner, String name, String apiUrl) {
    this.owner = owner;
    this.name = name;
    this.apiUrl = apiUrl;
    this.cloneUrl = apiUrl + "/" + owner + "/" + name + ".git";
  }

  String fullName() {
    return owner + "/" + name;
  }

  /** The web page root; the fake serves pages and API from one address, like a GitHub Enterprise server. */
  String serverUrl() {
    return apiUrl;
  }

  FakeItem newItem(String title, String body, String author, String head) {
    FakeItem item = new FakeItem(nextNumber++, author, now(), head);
    item.title = title;
    item.body = body;
    items.put(item.number, item);
    return item;
  }

  Optional<FakeItem> item(int number) {
    return Optional.ofNullable(items.get(number));
  }

  long newCommentId() {
    return nextCommentId++;
  }

  /** A new, later time each call, so created_at orders things as they happened. */
  String now() {
    return EPOCH.plusSeconds(60 * clock++).toString();
  }

  /** The id of the repository label {@code label}, created (as GitHub does) when it is first used. */
  long labelId(String label) {
    return labelIds.computeIfAbsent(label.toLowerCase(Locale.ROOT), key -> 5_000_000L + labelIds.size());
  }

  Optional<Failure> takeFailure(String method, String path) {
    for (Failure failure : failures) {
      if (failure.method().equalsIgnoreCase(method) && path.startsWith(failure.pathPrefix())) {
        failures.remove(failure);
        return Optional.of(failure);
      }
    }
    return Optional.empty();
  }

  /** Takes the queued stall that {@code method} and {@code path} match, if any. */
  boolean takeStall(String method, String path) {
    for (Stall stall : stalls) {
      if (stall.method().equalsIgnoreCase(method) && path.startsWith(stall.pathPrefix())) {
        stalls.remove(stall);
        return true;
      }
    }
    return false;
  }

  /**
   * The commit {@code branch} points at: read from the repository {@link #cloneUrl} names when that
   * is a local git repository (empty when it lacks the branch, as GitHub refuses a pull request
   * from a branch never pushed); otherwise a made-up commit id.
   */
  Optional<String> branchTip(String branch) {
    File local = new File(cloneUrl.startsWith("file://") ? cloneUrl.substring("file://".length()) : cloneUrl);
    if (!local.isDirectory()) {
      return Optional.of(madeUpSha(branch));
    }
    try (Git git = Git.open(local)) {
      Ref ref = git.getRepository().exactRef("refs/heads/" + branch);
      return Optional.ofNullable(ref).map(found -> found.getObjectId().name());
    } catch (IOException notARepository) {
      return Optional.of(madeUpSha(branch));
    }
  }

  /**
   * The diff from the merge base of {@code base} and {@code head} to {@code head}, as GitHub gives a
   * pull request's diff; empty when the clone URL is no local repository or lacks either branch.
   */
  String diff(String base, String head) {
    File local = new File(cloneUrl.startsWith("file://") ? cloneUrl.substring("file://".length()) : cloneUrl);
    if (!local.isDirectory()) {
      return "";
    }
    try (Git git = Git.open(local); RevWalk walk = new RevWalk(git.getRepository());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiffFormatter formatter = new DiffFormatter(out)) {
      Ref baseRef = git.getRepository().exactRef("refs/heads/" + base);
      Ref headRef = git.getRepository().exactRef("refs/heads/" + head);
      if (baseRef == null || headRef == null) {
        return "";
      }
      RevCommit tip = walk.parseCommit(headRef.getObjectId());
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(baseRef.getObjectId()));
      walk.markStart(tip);
      RevCommit mergeBase = walk.next();
      formatter.setRepository(git.getRepository());
      formatter.format(mergeBase == null ? null : mergeBase.getTree(), tip.getTree());
      formatter.flush();
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException notARepository) {
      return "";
    }
  }

  private static String madeUpSha(String branch) {
    return String.format(Locale.ROOT, "%08x", branch.hashCode()).repeat(5);
  }
}
