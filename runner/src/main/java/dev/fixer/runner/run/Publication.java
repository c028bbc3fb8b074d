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
 * rather than opened again when it already exists. Nothing is ever force-pushed: when fixer's branch is
 * on origin, the run goes on from it as it is (people's commits included) and adds one commit on top;
 * a branch that moved meanwhile, was deleted under its open pull request, or lost fixer's last commit
 * to a force-push is reported and left alone.
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
  private Optional<String> lastPushed = Optional.empty();

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

  /**
   * Before any work: when fixer's branch for the issue is on origin, makes {@code copy} go on from it as
   * it is now, so that the run adds one commit on top of people's commits.
   *
   * @return the head the run goes on from; empty when the branch is not on origin (a first run)
   * @throws FixerException (usage) when the branch cannot be followed safely: it is gone while its pull
   *     request is open, it has no open pull request, or fixer's last commit is no longer in it; the
   *     reason is said on the pull request (or on the issue when there is none) and nothing is pushed
   */
  Optional<String> follow(WorkCopy copy) {
    String remoteBranch = publishing.branchOn(issue);
    Optional<PullRequest> open = github.openPullRequest(remoteBranch);
    Optional<String> head = copy.follow(origin, remoteBranch);
    if (head.isEmpty()) {
      open.ifPresent(pull -> refuse(pull, "branch " + remoteBranch + " of the pull request is gone from origin",
          "restore the branch, or close the pull request and ask again for a new one"));
      return head;
    }
    if (open.isEmpty()) {
      status(GitHubTexts.orphanBranch(remoteBranch));
      throw FixerException.usage("branch " + remoteBranch + " is on origin without an open pull request, and fixer"
          + " never overwrites a branch: delete it to start afresh, or reopen its pull request; nothing was pushed");
    }
    lastPushed = github.findComment(issue, GitHubTexts.STATUS_MARKER).flatMap(comment -> LastPush.in(comment.body()));
    lastPushed.filter(sha -> !copy.reaches(sha)).ifPresent(gone -> refuse(open.get(), "branch " + remoteBranch
        + " was rewritten: fixer's last commit " + gone.substring(0, 12) + " is no longer in it", "put that commit"
        + " back, or close the pull request and delete the branch to start afresh"));
    return head;
  }

  /** Says on {@code pull} why fixer pushes nothing to it, and ends the run. */
  private void refuse(PullRequest pull, String why, String fix) {
    github.addComment(pull.number(), redactor.redact("**fixer pushed nothing:** " + why + ", and fixer never"
        + " overwrites a branch. To go on, " + fix + "."));
    throw FixerException.usage(why + "; nothing was pushed: " + fix + " (said on " + pull.htmlUrl() + ")");
  }

  /** Says on the issue that work has started, and labels it {@value #WORKING}. */
  void started(String branch, String model) {
    status(GitHubTexts.working(branch, model, publishing.runUrl()));
    github.setStateLabel(issue, WORKING, others(WORKING));
  }

  /**
   * Pushes the fix to fixer's branch {@code PREFIXissue-N} (or a follow-up's branch) on origin, never
   * forced, and opens its pull request, or updates the one already open from that branch (a follow-up
   * leaves its title and description as they are); then reports on the issue. An unverified change
   * opens as a draft and labels the issue {@value #UNVERIFIED}.
   *
   * @param result the run's result, as in {@code result.json}
   * @return the pull request's URL; empty when the branch moved on origin while fixer worked (someone
   *     pushed to it): then nothing was pushed, and the issue says so
   */
  Optional<String> published(JsonNode result, WorkCopy copy, String localBranch) {
    String remoteBranch = publishing.branchOn(issue);
    Optional<PullRequest> open = github.openPullRequest(remoteBranch);
    Optional<String> pushed = copy.push(origin, localBranch, remoteBranch);
    if (pushed.isEmpty()) {
      status(GitHubTexts.moved(remoteBranch, result, publishing.runUrl()));
      github.setStateLabel(issue, FAILED, others(FAILED));
      return Optional.empty();
    }
    lastPushed = pushed;
    String title = redactor.redact(GitHubTexts.prTitle(result));
    String body = redactor.redact(GitHubTexts.prBody(result, publishing.runUrl()));
    PullRequest pull = open.isPresent() && publishing.followUp() ? open.get()
        : open.isPresent() ? github.updatePullRequest(open.get().number(), title, body)
        : github.createPullRequest(remoteBranch, title, body, publishing.draft() || !verified(result));
    status(publishing.followUp() ? GitHubTexts.followedUp(result, pull.htmlUrl(), publishing.runUrl())
        : GitHubTexts.fixed(result, pull.htmlUrl(), publishing.runUrl()));
    String state = verified(result) ? DONE : UNVERIFIED;
    github.setStateLabel(issue, state, others(state));
    return Optional.of(pull.htmlUrl());
  }

  /** Reports on the issue a run that ended without a verified fix, and labels it {@value #FAILED}. */
  void stopped(JsonNode result) {
    status(GitHubTexts.stopped(result, publishing.runUrl()));
    github.setStateLabel(issue, FAILED, others(FAILED));
  }

  private static boolean verified(JsonNode result) {
    return result.path("status").asText().equals("fixed");
  }

  /** Writes the status comment, keeping the record of fixer's last push (see {@link LastPush}). */
  private void status(String text) {
    Optional<IssueComment> existing = github.findComment(issue, GitHubTexts.STATUS_MARKER);
    Optional<String> pushed = lastPushed.or(() -> existing.flatMap(comment -> LastPush.in(comment.body())));
    String body = redactor.redact(text + pushed.map(LastPush::marker).orElse(""));
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
