package dev.fixer.runner.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.Durations;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.github.GitHubAccess;
import dev.fixer.runner.github.GitHubIssue;
import dev.fixer.runner.github.GitHubRepo;
import dev.fixer.runner.review.FollowUp;
import dev.fixer.runner.review.FollowUpDecision;
import dev.fixer.runner.run.BranchPrefix;
import dev.fixer.runner.run.FixRun;
import dev.fixer.runner.run.RunFlags;
import dev.fixer.runner.report.Reports;
import dev.fixer.runner.run.RunReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code fixer action}: one step of a GitHub Actions workflow. Reads the event; ignores what is not
 * for fixer; answers, once, someone without write access who asks (by a {@code /fixer} comment, or
 * by the label, which the triage role may add); otherwise
 * runs fixer on the issue with {@code --open-pr}, then writes the step's outputs and summary. Review
 * feedback on a pull request (a {@code /fixer} comment on it or on a line, a review that requests
 * changes) goes to {@link FollowUp}, with the same write-access check.
 */
public final class ActionRun {

  private static final String DEFAULT_LABEL = "fixer";

  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;

  public ActionRun(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
  }

  /** Handles the event of this workflow run and returns the exit code. */
  public int execute() {
    ActionEnv action;
    try {
      action = ActionEnv.from(env);
    } catch (FixerException e) {
      err.println("fixer: " + e.getMessage());
      return e.exitCode();
    }
    try {
      action.requireKnownInputs();
      String label = label(action);
      BranchPrefix prefix = BranchPrefix.parse(action.input("branch_prefix", BranchPrefix.DEFAULT.value()),
          "the input branch_prefix");
      JsonNode event = action.event();
      if (FollowUp.concerns(action.eventName(), event)) {
        return followUp(action, event, label, prefix);
      }
      Trigger trigger = Trigger.of(action.eventName(), event, label, action.input("trigger_phrase", "/fixer"));
      if (trigger instanceof Trigger.Ignore ignore) {
        err.println("fixer: nothing to do for this " + action.eventName() + " event: " + ignore.reason());
        finish(action, ActionResult.of("ignored"), "fixer ignored this event: " + ignore.reason());
        return ExitCodes.DONE;
      }
      Trigger.Run run = (Trigger.Run) trigger;
      if (!allowed(action, run.actor(), run.issue(), label)) {
        finish(action, ActionResult.of("unauthorised"), "fixer did not run: @" + run.actor() + " has no write access.");
        return ExitCodes.DONE;
      }
      err.println("fixer: working on #" + run.issue() + " (" + run.title() + "), asked by @" + run.actor());
      RunReport report = new FixRun(env, action.workspace(), out, err, false).withBranchPrefix(prefix)
          .perform(flags(action, run.issue()));
      report.runDir().flatMap(Reports::writeBeside).ifPresent(problem -> err.println("fixer: " + problem));
      finish(action, ActionResult.of(report, prefix.branchFor(run.issue())), report.summaryMarkdown());
      return report.exitCode();
    } catch (FixerException e) {
      err.println("fixer: " + e.getMessage());
      finish(action, ActionResult.of("error"), "fixer stopped: " + e.getMessage());
      return e.exitCode();
    }
  }

  /** The input label, or the deprecated trigger_label where label is left at its default. */
  private String label(ActionEnv action) {
    String label = action.input("label", DEFAULT_LABEL);
    String legacy = action.input("trigger_label", "");
    if (legacy.isEmpty() || !label.equals(DEFAULT_LABEL)) {
      return label;
    }
    err.println("fixer: the input trigger_label is deprecated; name the label with the input label instead");
    return legacy;
  }

  /** A review event on a pull request: a follow-up run on fixer's own pull request, for a writer who asks. */
  private int followUp(ActionEnv action, JsonNode event, String label, BranchPrefix prefix) {
    FollowUp followUp = new FollowUp(env, action.repository(), action.workspace(), out, err, prefix);
    FollowUpDecision decision = followUp.decide(action.eventName(), event, action.input("trigger_phrase", "/fixer"));
    if (decision instanceof FollowUpDecision.Skip skip) {
      err.println("fixer: nothing to do for this " + action.eventName() + " event: " + skip.reason());
      finish(action, ActionResult.of("ignored"), "fixer ignored this event: " + skip.reason());
      return ExitCodes.DONE;
    }
    FollowUpDecision.Go go = (FollowUpDecision.Go) decision;
    if (!allowed(action, go.actor(), go.pull(), label)) {
      finish(action, ActionResult.of("unauthorised"), "fixer did not run: @" + go.actor() + " has no write access.");
      return ExitCodes.DONE;
    }
    RunReport report = followUp.run(go, flags(action, go.issue()));
    report.runDir().flatMap(Reports::writeBeside).ifPresent(problem -> err.println("fixer: " + problem));
    finish(action, ActionResult.of(report, go.branch().orElseGet(() -> prefix.branchFor(go.issue()))),
        report.summaryMarkdown());
    return report.exitCode();
  }

  /** Whether {@code actor} may write; else answers them on {@code number}, once per person, and nothing runs. */
  private boolean allowed(ActionEnv action, String actor, int number, String label) {
    GitHubRepo github = GitHubRepo.connect(GitHubAccess.from(env), action.repository());
    if (github.permissionOf(actor).canWrite()) {
      return true;
    }
    GitHubIssue issue = github.issue(number);
    List<String> bodies = issue.comments().stream().map(GitHubIssue.Comment::body).toList();
    if (Replies.alreadyAnswered(bodies, actor)) {
      err.println("fixer: @" + actor + " has no write access and was already told so; nothing runs");
    } else {
      github.addComment(number, Replies.unauthorised(actor, label));
      err.println("fixer: @" + actor + " has no write access; replied on #" + number + " and nothing runs");
    }
    return false;
  }

  private static RunFlags flags(ActionEnv action, int issue) {
    String timeout = action.input("timeout", "");
    String sandbox = action.input("sandbox", "");
    return new RunFlags(action.workspace(), "#" + issue, action.repository(), blankToNull(action.input("model", "")),
        null, blankToNull(action.input("base_url", "")), null, integer(action, "max_steps"), decimal(action, "max_cost"),
        timeout.isEmpty() ? null : duration(timeout), sandbox.isEmpty() ? null : sandbox(sandbox), null, null, null,
        false, false, true, Boolean.parseBoolean(action.input("draft", "false").strip()));
  }

  private void finish(ActionEnv action, ActionResult result, String summary) {
    ActionOutputs.write(action.output(), result.outputs());
    ActionOutputs.appendSummary(action.stepSummary(), summary + "\n");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Integer integer(ActionEnv action, String input) {
    String value = action.input(input, "").strip();
    try {
      return value.isEmpty() ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw FixerException.usage("the input " + input + " must be a whole number, got '" + value + "'");
    }
  }

  private static Double decimal(ActionEnv action, String input) {
    String value = action.input(input, "").strip();
    try {
      return value.isEmpty() ? null : Double.valueOf(value);
    } catch (NumberFormatException e) {
      throw FixerException.usage("the input " + input + " must be a number of USD such as 2.5, got '" + value + "'");
    }
  }

  private static java.time.Duration duration(String value) {
    try {
      return Durations.parse(value.strip());
    } catch (IllegalArgumentException e) {
      throw FixerException.usage("the input timeout: " + e.getMessage());
    }
  }

  private static SandboxChoice sandbox(String value) {
    try {
      return SandboxChoice.parse(value.strip());
    } catch (IllegalArgumentException e) {
      throw FixerException.usage("the input sandbox: " + e.getMessage());
    }
  }
}
