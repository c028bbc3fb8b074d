package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.git.RemoteAccess;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.runner.github.GitHubAccess;
import dev.fixer.runner.github.GitHubRepo;
import dev.fixer.runner.github.IssueComment;
import dev.fixer.runner.github.PullRequest;
import java.util.List;
import java.util.Optional;

/**
 * A run's reports on GitHub: one status comment on the issue, edited in place as the run goes; the
 * state labels; and, for a verified fix, the branch pushed to origin and one pull request, updated
 * rather than opened again when it already exists.
 */
final class Publication {

  static final String WORKING = "fixer:working";
  static final String DONE = "fixer:done";
  static final String FAILED = "fixer:failed";
  static final String UNVERIFIED = "fixer:unverified";
  private static final List<String> STATES = List.of(WORKING, DONE, FAILED, UNVERIFIED);

  private final GitHubRepo github;
  private final RemoteAccess origin;
  private final Publishing publishing;
  private final int issue;
  private final Redactor redactor;

  private Publication(GitHubRepo github, RemoteAccess origin, Publishing publishing, int issue, Redactor redactor) {
    this.github = github;
    this.origin = origin;
    this.publishing = publishing;
    this.issue = issue;
    this.redactor = redactor;
  }

  /**
   * Connects to the issue's repository and checks that a fix could be pushed: a token and a push URL.
   *
   * @param pushUrl {@code remote.origin.pushurl}, else {@code remote.origin.url}, of the user's checkout
   * @throws FixerException usage when the token or the origin is missing, or GitHub refuses the token
   */
  static Publication connect(Publishing publishing, int issue, GitHubAccess access, Optional<String> pushUrl,
      Redactor redactor) {
    String token = access.requireToken("comment on issue #" + issue + " and open a pull request in " + publishing.repo());
    String url = pushUrl.orElseThrow(() -> FixerException.usage("the checkout has no origin remote to push the fix"
        + " to: add one with git remote add origin URL, or run without --open-pr"));
    return new Publication(GitHubRepo.connect(access, publishing.repo()), new RemoteAccess(url, Optional.of(token)),
        publishing, issue, redactor);
  }

  /** Says on the issue that work has started, and labels it {@value #WORKING}. */
  void started(String branch, String model) {
    status(GitHubTexts.working(branch, model, publishing.runUrl()));
    github.setStateLabel(issue, WORKING, others(WORKING));
  }

  /**
   * Pushes the fix to {@code fixer/issue-N} on origin and opens its pull request, or updates the one
   * already open from that branch; then reports on the issue. An unverified change opens as a draft
   * and labels the issue {@value #UNVERIFIED}.
   *
   * @param result the run's result, as in {@code result.json}
   * @return the pull request's URL
   */
  String published(JsonNode result, WorkCopy copy, String localBranch) {
    String remoteBranch = Publishing.branchFor(issue);
    Optional<PullRequest> open = github.openPullRequest(remoteBranch);
    Optional<String> lease = open.map(PullRequest::headSha).or(() -> copy.remoteBranchHead(origin, remoteBranch));
    copy.push(origin, localBranch, remoteBranch, lease);
    String title = redactor.redact(GitHubTexts.prTitle(result));
    String body = redactor.redact(GitHubTexts.prBody(result, publishing.runUrl()));
    PullRequest pull = open.isPresent()
        ? github.updatePullRequest(open.get().number(), title, body)
        : github.createPullRequest(remoteBranch, title, body, publishing.draft() || !verified(result));
    status(GitHubTexts.fixed(result, pull.htmlUrl(), publishing.runUrl()));
    String state = verified(result) ? DONE : UNVERIFIED;
    github.setStateLabel(issue, state, others(state));
    return pull.htmlUrl();
  }

  /** Reports on the issue a run that ended without a verified fix, and labels it {@value #FAILED}. */
  void stopped(JsonNode result) {
    status(GitHubTexts.stopped(result, publishing.runUrl()));
    github.setStateLabel(issue, FAILED, others(FAILED));
  }

  private static boolean verified(JsonNode result) {
    return result.path("status").asText().equals("fixed");
  }

  private void status(String text) {
    String body = redactor.redact(text);
    Optional<IssueComment> existing = github.findComment(issue, GitHubTexts.STATUS_MARKER);
    if (existing.isPresent()) {
      github.editComment(existing.get().id(), body);
    } else {
      github.addComment(issue, body);
    }
  }

  private static List<String> others(String state) {
    return STATES.stream().filter(label -> !label.equals(state)).toList();
  }
}
