package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.model.Model;
import dev.fixer.core.prompt.IssueText;
import dev.fixer.core.text.Redactor;
import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.Durations;
import dev.fixer.runner.config.RepoConfig;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.git.UserRepo;
import dev.fixer.runner.git.WorkCopy;
import dev.fixer.runner.github.GitHubAccess;
import dev.fixer.runner.github.GitHubServer;
import dev.fixer.runner.issue.Issue;
import dev.fixer.runner.issue.IssueRef;
import dev.fixer.runner.issue.Issues;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.sandbox.SandboxException;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.SearchCodeTool;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.Workspace;
import java.io.PrintWriter;
import okhttp3.Interceptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code fixer run}: checks the repo and the issue, clones the repo into a work copy on a new branch,
 * runs setup, the agent and verification there, and brings a verified fix back as a branch of the
 * user's repo. The user's checkout is only ever read, and a branch added; a run that dies can be
 * resumed from its directory.
 */
public final class FixRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env;
  private final Path workingDir;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final Redactor redactor;
  private final List<Interceptor> modelTraffic;
  private final RepoConfig overrides;
  private final Optional<FollowUpWork> followUp;
  private final BranchPrefix prefix;

  /** What a follow-up adds to a run: the review feedback, the pull request's diff, and another's branch. */
  private record FollowUpWork(String feedback, PullDiff diff, Optional<String> branch) {}

  /**
   * @param workingDir where relative paths on the command line are resolved
   * @param out the summary, or the JSON line with {@code --json}
   * @param err progress and errors
   * @param terminal whether {@code err} is a terminal, for a live status line
   */
  public FixRun(Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err, boolean terminal) {
    this(env, workingDir, out, err, terminal, List.of(), RepoConfig.NONE, Optional.empty(), BranchPrefix.DEFAULT);
  }

  private FixRun(Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err, boolean terminal,
      List<Interceptor> modelTraffic, RepoConfig overrides, Optional<FollowUpWork> followUp, BranchPrefix prefix) {
    this.env = Map.copyOf(env);
    this.workingDir = workingDir.toAbsolutePath();
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.redactor = Redactor.of(Arrays.asList(env.get("KIMI_API_KEY"), env.get("GITHUB_TOKEN"), env.get("GH_TOKEN")));
    this.modelTraffic = List.copyOf(modelTraffic);
    this.overrides = overrides;
    this.followUp = followUp;
    this.prefix = prefix;
  }

  /**
   * The same run with every HTTP request to the model API, retries included, going through
   * {@code interceptor}: e.g. a rate limit shared by the runs of a batch.
   */
  public FixRun withModelTraffic(Interceptor interceptor) {
    List<Interceptor> all = new ArrayList<>(modelTraffic);
    all.add(interceptor);
    return new FixRun(env, workingDir, out, err, terminal, all, overrides, followUp, prefix);
  }

  /**
   * The same run with the settings that {@code config} sets taking the place of the repository's
   * {@code .fixer.yml} ones, flags still over both: e.g. an evaluation dataset's test command.
   */
  public FixRun withConfig(RepoConfig config) {
    return new FixRun(env, workingDir, out, err, terminal, modelTraffic, overrides.withOverrides(config), followUp,
        prefix);
  }

  /**
   * The same run with fixer's branches named {@code PREFIXissue-N} (or {@code PREFIXslug} for an issue in a
   * file) rather than {@code fixer/issue-N}, locally and on origin.
   */
  public FixRun withBranchPrefix(BranchPrefix branchPrefix) {
    return new FixRun(env, workingDir, out, err, terminal, modelTraffic, overrides, followUp,
        Objects.requireNonNull(branchPrefix, "branchPrefix"));
  }

  /**
   * The same run as a follow-up on review feedback: with {@code --open-pr} on an issue whose pull request
   * is open, it goes on from the pull request's branch (a usage error when that branch is not on origin);
   * the issue text gets {@code feedback} (Markdown) and the pull request's diff so far, {@code diff} as
   * GitHub gave it, else one made from the run's checkout with a note why; and the change is judged by
   * {@link dev.fixer.tools.verdict.Verdict#followUp}.
   */
  public FixRun asFollowUp(String feedback, PullDiff diff) {
    return new FixRun(env, workingDir, out, err, terminal, modelTraffic, overrides,
        Optional.of(new FollowUpWork(feedback, diff, Optional.empty())), prefix);
  }

  /**
   * As {@link #asFollowUp(String, PullDiff)}, on a pull request fixer did not open: the issue is the pull
   * request itself (its number), and the run goes on from, and pushes to, its branch {@code branch} on origin.
   */
  public FixRun asFollowUp(String feedback, PullDiff diff, String branch) {
    return new FixRun(env, workingDir, out, err, terminal, modelTraffic, overrides,
        Optional.of(new FollowUpWork(feedback, diff, Optional.of(branch))), prefix);
  }

  /** Runs {@code fixer run} with these flags and returns the exit code. */
  public int execute(RunFlags flags) {
    return perform(flags).exitCode();
  }

  /** Runs {@code fixer run} with these flags and returns how it ended. */
  public RunReport perform(RunFlags flags) {
    Progress progress = new Progress(err, terminal, redactor, System::currentTimeMillis);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "fixer-progress");
      thread.setDaemon(true);
      return thread;
    });
    if (terminal) {
      ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
    }
    try {
      Finished finished = flags.resume() != null ? resume(flags, progress) : start(flags, progress);
      progress.phaseEnded();
      report(finished, flags.json());
      return new RunReport(finished.exitCode(), redacted(finished.result()));
    } catch (InterruptedException e) {
      progress.phaseEnded();
      progress.line("fixer: interrupted before the agent started; run again, or continue with fixer run --resume"
          + " and the run directory printed above");
      Thread.currentThread().interrupt();
      return failed(ExitCodes.INTERRUPTED, "interrupted before the agent started", flags.json());
    } catch (FixerException e) {
      progress.phaseEnded();
      progress.line("fixer: " + e.getMessage());
      return failed(e.exitCode(), e.getMessage(), flags.json());
    } finally {
      ticker.shutdownNow();
    }
  }

  private ObjectNode redacted(ObjectNode result) {
    try {
      return (ObjectNode) JSON.readTree(redactor.redact(result.toString()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("redacting the result broke its JSON", e);
    }
  }

  private RunReport failed(int exitCode, String message, boolean json) {
    ObjectNode line = JSON.createObjectNode().put("status", "error").put("exit_code", exitCode)
        .put("error", redactor.redact(message));
    if (json) {
      out.println(line);
      out.flush();
    }
    return new RunReport(exitCode, line);
  }

  private Finished start(RunFlags flags, Progress progress) throws InterruptedException {
    if (flags.issue() == null || flags.issue().isBlank()) {
      throw FixerException.usage("--issue is required: a Markdown file, an issue number (42 or #42) or an issue"
          + " URL; or continue a run with --resume DIR");
    }
    try (UserRepo user = UserRepo.open(workingDir.resolve(flags.repo() == null ? Path.of(".") : flags.repo()))) {
      RunPlan plan = Plans.settle(flags, RepoConfig.load(user.root()).withOverrides(overrides));
      IssueRef ref = IssueRef.parse(flags.issue(), workingDir, () -> GitHubServer.host(env));
      Issue issue = Issues.load(ref, flags.githubRepo(), env, user.originUrl(), Models.takesImages(plan),
          followUp.flatMap(FollowUpWork::branch).isPresent(), progress::line);
      Optional<Publishing> publishing = flags.openPr() ? Optional.of(publishing(issue, flags)) : Optional.empty();
      String head = user.headCommit();
      SetupPhase.checkClean(user, flags.allowDirty(), head, progress);
      SandboxChoice sandbox = SandboxFactory.settle(plan.sandbox(), env);
      Optional<Publication> publication = publishing.map(p -> Publication.connect(p, issue.number().getAsInt(),
          GitHubAccess.from(env), user.originPushUrl(), redactor));
      Model model = Models.create(plan, env, workingDir, progress::line, 0, modelTraffic);
      String branch = user.freeBranchName(issue.number().isPresent()
          ? prefix.branchFor(issue.number().getAsInt()) : prefix.branchFor(issue.slug()));
      RunDirectory run = RunDirectory.fresh(flags.workDir() == null ? null : workingDir.resolve(flags.workDir()),
          FixerHome.from(env).runs(), issue.number().isPresent() ? "issue-" + issue.number().getAsInt() : issue.slug());
      Path trajectory = flags.trajectory() == null ? run.defaultTrajectory() : workingDir.resolve(flags.trajectory());
      RunDirectory.requireNewTrajectory(trajectory);
      progress.line("start: issue \"" + issue.text().title() + "\" on " + user.root() + " at " + head.substring(0, 12)
          + ", branch " + branch + ", model " + model.name() + ", run directory " + run.dir());
      try (WorkCopy copy = WorkCopy.create(user, run.work(), branch)) {
        Optional<String> followed = publication.flatMap(p -> p.follow(copy));
        followed.ifPresent(sha -> progress.line("start: going on from " + publishing.orElseThrow().branchOn(issue
            .number().getAsInt()) + " on origin at " + sha.substring(0, 12) + ", people's commits included; fixer adds one"
            + " commit on top"));
        RunRecord record = new RunRecord(user.root(), branch, withFeedback(issue, followed, copy, head, publishing),
            issue.number(), plan, trajectory.toAbsolutePath(), Phase.CLONED, publishing);
        run.save(record);
        publication.ifPresent(p -> p.started(branch, model.name()));
        return carryOn(run, record, user, copy, model, sandbox, publication, progress);
      }
    }
  }

  /** The issue's text, with the review feedback and the pull request's diff so far for a follow-up. */
  private IssueText withFeedback(Issue issue, Optional<String> followed, WorkCopy copy, String userHead,
      Optional<Publishing> publishing) {
    if (followUp.isEmpty()) {
      return issue.text();
    }
    if (publishing.isEmpty()) {
      throw FixerException.usage("a follow-up adds a commit to a pull request: run it with --open-pr");
    }
    if (followed.isEmpty()) {
      throw FixerException.usage("a follow-up works on the pull request's branch, but "
          + publishing.get().branchOn(issue.number().getAsInt()) + " is not on origin; nothing was pushed");
    }
    FollowUpWork work = followUp.get();
    if (work.diff() instanceof PullDiff.FromGitHub given) {
      return FollowUpText.of(issue.text(), work.feedback(), given.text());
    }
    return FollowUpText.of(issue.text(), work.feedback(), copy.diffSinceMergeBase(userHead),
        Optional.of(((PullDiff.Unavailable) work.diff()).reason()));
  }

  private Publishing publishing(Issue issue, RunFlags flags) {
    if (issue.repo().isEmpty() || issue.number().isEmpty()) {
      throw FixerException.usage("--open-pr needs a GitHub issue: pass --issue with its number (42 or #42) or URL"
          + " instead of a file");
    }
    return new Publishing(issue.repo().get(), flags.draft(), ActionsRun.url(env), followUp.isPresent(),
        followUp.flatMap(FollowUpWork::branch), prefix);
  }

  private Finished resume(RunFlags flags, Progress progress) throws InterruptedException {
    RunDirectory run = RunDirectory.existing(workingDir.resolve(flags.resume()));
    RunRecord record = run.load();
    if (record.phase() == Phase.DONE) {
      throw FixerException.usage("the run in " + run.dir() + " is already done (see " + run.result()
          + "); start a new run with --issue");
    }
    if (record.phase() == Phase.FIXED) {
      return PublishPhase.resume(run, record, env, redactor, progress);
    }
    record = record.withPlan(Plans.resumed(record.plan(), flags));
    List<Trajectory.Entry> recorded = Resumption.recorded(record.trajectory());
    progress.resumedFrom(recorded);
    Resumption.requireBudgetLeft(recorded, record.plan());
    run.save(record);
    SandboxChoice sandbox = SandboxFactory.settle(record.plan().sandbox(), env);
    Model model = Models.create(record.plan(), env, workingDir, progress::line, Resumption.replies(recorded),
        modelTraffic);
    progress.line("resume: the run in " + run.dir() + " (issue \"" + record.issue().title() + "\", branch "
        + record.branch() + ")");
    try (UserRepo user = UserRepo.open(record.repo()); WorkCopy copy = WorkCopy.open(run.work())) {
      RunRecord settled = record;
      Optional<Publication> publication = record.publishing().map(p -> Publication.connect(p,
          settled.issueNumber().getAsInt(), GitHubAccess.from(env), user.originPushUrl(), redactor));
      return carryOn(run, record, user, copy, model, sandbox, publication, progress);
    }
  }

  private Finished carryOn(RunDirectory run, RunRecord record, UserRepo user, WorkCopy copy, Model model,
      SandboxChoice choice, Optional<Publication> publication, Progress progress) throws InterruptedException {
    SandboxConfig config = SandboxFactory.config(choice, record.plan().sandboxSettings(), copy.root(), env,
        progress::line);
    try (Sandbox sandbox = new WatchedSandbox(SandboxFactory.create(choice, config, record.plan().image(),
        copy.root(), env, progress::line), progress::output)) {
      SandboxFactory.announce(choice, sandbox, progress::line);
      SearchCodeTool.unavailableIn(sandbox).ifPresent(problem -> {
        throw FixerException.usage(problem);
      });
      RunPlan plan = record.plan();
      Workspace workspace = Workspace.at(copy.root(), sandbox.workdir())
          .withLanguage(Optional.ofNullable(plan.language()));
      RunTestsTool tests = new RunTestsTool(workspace, sandbox, Optional.ofNullable(plan.test()));
      RunTestsTool scopeTests = plan.verify().command() == null ? tests
          : new RunTestsTool(workspace, sandbox, Optional.of(plan.verify().command()));
      Optional<SetupResult> setup = Optional.empty();
      Optional<SetupFailure> setupFailure = Optional.empty();
      Baseline baseline;
      if (record.phase() == Phase.CLONED) {
        SetupPhase.Done done = SetupPhase.run(workspace, sandbox, plan, progress, () -> {
          copy.ignoreUntracked();
          return BaselinePhase.take(run, plan.verify(), scopeTests, progress);
        });
        if (done.stops()) {
          BaselinePhase.discard(run);
          Outcome stopped = Delivery.stopped(record, run, copy, model.name(), sandbox.describe(),
              done.failure().orElseThrow());
          return finish(stopped, stopped.exitCode(), run, record, copy, publication, progress);
        }
        setup = Optional.of(done.setup());
        setupFailure = done.failure();
        baseline = done.baseline();
        record = record.at(Phase.SET_UP);
        run.save(record);
      } else {
        sandbox.closeNetwork();
        if (copy.restoreStash(run.stash())) {
          progress.line("resume: put back the agent's files that verification had set aside when the run stopped");
        }
        baseline = Baseline.load(run.baseline()).orElseGet(() -> Baseline.none(plan.verify().scope(),
            "the run began before fixer took baselines"));
      }
      WatchedModel watched = new WatchedModel(model);
      progress.budget(plan.maxSteps(), plan.maxCostUsd());
      progress.line("agent: " + watched.name() + ", at most " + plan.maxSteps() + (plan.maxSteps() == 1 ? " step"
          : " steps")
          + (plan.maxCostUsd() == null ? "" : String.format(Locale.ROOT, ", $%.2f", plan.maxCostUsd())) + ", "
          + Durations.format(plan.timeout()) + (plan.attempts() > 1 ? ", " + plan.attempts() + " attempts" : ""));
      if (!Plans.priced(plan)) {
        progress.line("cost: no price is known for " + plan.model() + ", so cost is not counted and no cost limit"
            + " applies; give one with --price-input and --price-output, or model: price_input/price_output in"
            + " .fixer.yml");
      }
      Attempts.Result attempts = Attempts.run(new Attempts.Inputs(
          new AgentPhase.Inputs(record, workspace, sandbox, copy, watched, tests.facts(), setup, progress, redactor),
          new Verifier.Inputs(copy, run.stash(), tests, scopeTests, plan.verify(), progress,
              record.publishing().map(Publishing::followUp).orElse(false)), baseline, copy,
          run.leftOut(), plan.attempts()), progress);
      // Ctrl-C ends the agent with the thread interrupted; what is done so far is still saved.
      boolean interrupted = Thread.interrupted();
      Outcome outcome = Delivery.deliver(new Delivery.Inputs(record, run, user, copy, attempts, watched,
          sandbox.describe(), setupFailure), progress, redactor);
      Finished finished = finish(outcome, interrupted ? ExitCodes.INTERRUPTED : outcome.exitCode(), run, record, copy,
          publication, progress);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return finished;
    } catch (SandboxException e) {
      throw FixerException.infrastructure("the sandbox failed: " + e.getMessage() + "; continue with fixer run"
          + " --resume " + run.dir(), e);
    }
  }

  /** Writes {@code result.json}, reports on GitHub, and marks a delivered run done. */
  /** Writes the result with {@code exitCode} (130 after Ctrl-C, else the outcome's), publishes, and marks it done. */
  private Finished finish(Outcome outcome, int exitCode, RunDirectory run, RunRecord record, WorkCopy copy,
      Optional<Publication> publication, Progress progress) {
    ObjectNode result = OutcomeReport.json(outcome);
    result.put("exit_code", exitCode);
    RunDirectory.write(run.result(), redactor.redact(result.toPrettyString()));
    if (publication.isPresent()) {
      PublishPhase.afterDelivery(publication.get(), outcome.committed(), result, run, record, copy, redactor, progress);
    }
    if (outcome.fixed() || outcome.committed()) {
      run.save(record.at(Phase.DONE));
    }
    return new Finished(exitCode, OutcomeReport.text(outcome), result);
  }

  private void report(Finished finished, boolean json) {
    String summary = redactor.redact(finished.summary()
        + finished.result().path("pr_url").asText("").transform(url -> url.isEmpty() ? "" : "Pull request: " + url + "\n"));
    if (json) {
      err.print(summary);
      err.flush();
      out.println(redactor.redact(finished.result().toString()));
    } else {
      out.print(Colours.verdict(summary, Colours.wanted(terminal, env)));
    }
    out.flush();
  }
}
