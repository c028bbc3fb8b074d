package dev.fixer.runner.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.config.ReviewScope;
import dev.fixer.runner.github.GitHubAccess;
import dev.fixer.runner.github.GitHubRepo;
import dev.fixer.runner.github.PullReviews;
import dev.fixer.runner.run.BranchPrefix;
import dev.fixer.runner.run.FixRun;
import dev.fixer.runner.run.PullDiff;
import dev.fixer.runner.run.RunFlags;
import dev.fixer.runner.run.RunReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Follow-up runs from review feedback on fixer's pull requests: a {@code /fixer} comment on the pull
 * request or on one of its lines, or a review that requests changes. The run is a run on the issue of
 * the pull request's branch {@code PREFIXissue-N} ({@code fixer/issue-N} by default): it goes on from the
 * branch as it is on origin, reads the feedback and the pull request's diff so far (from GitHub), and
 * adds one commit on top, never forced. fixer then answers in the comment's thread, or on the pull
 * request. With {@code review: any-pr}, a pull request from another
 * branch of the repository stands for the issue, and the commit goes on top of its branch.
 */
public final class FollowUp {

  private final Map<String, String> env;
  private final String repository;
  private final Path workspace;
  private final PrintWriter out;
  private final PrintWriter err;
  private final BranchPrefix prefix;

  /**
   * @param repository OWNER/NAME
   * @param workspace the checkout of the default branch, whose {@code .fixer.yml} says {@code review:}
   * @param prefix what fixer's branches start with: a pull request from {@code PREFIXissue-N} is fixer's own
   */
  public FollowUp(Map<String, String> env, String repository, Path workspace, PrintWriter out, PrintWriter err,
      BranchPrefix prefix) {
    this.env = Map.copyOf(env);
    this.repository = repository;
    this.workspace = workspace;
    this.out = out;
    this.err = err;
    this.prefix = prefix;
  }

  /** Whether the event is about a pull request (a comment on one, a review comment, a review): these rules decide on it. */
  public static boolean concerns(String eventName, JsonNode payload) {
    return ReviewEvents.concern(eventName, payload);
  }

  /**
   * Decides on the event: {@link FollowUpDecision.Go} for feedback that asks fixer, on an open pull request
   * from a {@code PREFIXissue-N} branch, or with {@code review: any-pr} in {@code .fixer.yml} from any
   * branch of this repository (not a fork's, which fixer cannot push to); else a skip with the reason.
   *
   * @throws FixerException usage for a {@code .fixer.yml} that cannot be read; as GitHub fails
   */
  public FollowUpDecision decide(String eventName, JsonNode payload, String phrase) {
    ReviewEvents.Read read = ReviewEvents.read(eventName, payload, phrase);
    if (read instanceof ReviewEvents.Skip skip) {
      return new FollowUpDecision.Skip(skip.reason());
    }
    ReviewAsk ask = (ReviewAsk) read;
    String branch = ask.headRef().orElseGet(() -> reviews().head(ask.pull()).headRef());
    OptionalInt fixers = prefix.issueOf(branch);
    if (fixers.isPresent()) {
      return new FollowUpDecision.Go(fixers.getAsInt(), ask.pull(), ask.actor(), ask.feedback(), ask.inThread(),
          Optional.empty());
    }
    if (RepoConfig.load(workspace).review() != ReviewScope.ANY_PR) {
      return skip("pull request #" + ask.pull() + " is from branch " + branch + ", not fixer's " + prefix
          + "issue-N; fixer follows up on its own pull requests unless .fixer.yml says review: any-pr");
    }
    PullReviews.PullHead head = reviews().head(ask.pull());
    if (!head.headRepo().equalsIgnoreCase(repository)) {
      return skip("pull request #" + ask.pull() + " is from " + (head.headRepo().isEmpty() ? "a deleted fork"
          : head.headRepo()) + ", which fixer cannot push to");
    }
    return new FollowUpDecision.Go(ask.pull(), ask.pull(), ask.actor(), ask.feedback(), ask.inThread(),
        Optional.of(head.headRef()));
  }

  private static FollowUpDecision.Skip skip(String reason) {
    return new FollowUpDecision.Skip(TextFiles.oneLine(reason));
  }

  /**
   * Runs the follow-up with {@code flags} (a run on {@code go.issue()} with {@code --open-pr}), then
   * answers on the pull request with the commit and the verdict, or why nothing was pushed. A failure to
   * answer is said on {@code err} and does not change how the run ended.
   */
  public RunReport run(FollowUpDecision.Go go, RunFlags flags) {
    String feedback = FeedbackText.of(go.pull(), go.feedback(), reviews().lineComments(go.pull()));
    PullDiff diff = diff(go.pull());
    err.println("fixer: following up on pull request #" + go.pull() + " of issue #" + go.issue() + ", asked by @"
        + go.actor());
    FixRun fixRun = new FixRun(env, workspace, out, err, false).withBranchPrefix(prefix);
    RunReport report = go.branch().map(branch -> fixRun.asFollowUp(feedback, diff, branch))
        .orElseGet(() -> fixRun.asFollowUp(feedback, diff)).perform(flags);
    String reply = redactor().redact(FollowUpReplies.after(go.actor(), report));
    try {
      if (go.inThread()) {
        reviews().reply(go.pull(), go.feedback().id(), reply);
      } else {
        GitHubRepo.connect(GitHubAccess.from(env), repository).addComment(go.pull(), reply);
      }
    } catch (FixerException e) {
      err.println("fixer: warning: could not answer on pull request #" + go.pull() + ": " + e.getMessage());
    }
    return report;
  }

  /** The pull request's diff from GitHub; when GitHub does not give it, why, and the run makes its own. */
  private PullDiff diff(int pull) {
    try {
      return new PullDiff.FromGitHub(reviews().diff(pull));
    } catch (FixerException e) {
      err.println("fixer: warning: the prompt shows a diff made from the checkout instead: " + e.getMessage());
      return new PullDiff.Unavailable(e.getMessage());
    }
  }

  private PullReviews reviews() {
    return PullReviews.of(GitHubAccess.from(env), repository);
  }

  private Redactor redactor() {
    return Redactor.of(Arrays.asList(env.get("KIMI_API_KEY"), env.get("GITHUB_TOKEN"), env.get("GH_TOKEN"),
        env.get("INPUT_KIMI_API_KEY"), env.get("INPUT_GITHUB_TOKEN")));
  }
}
