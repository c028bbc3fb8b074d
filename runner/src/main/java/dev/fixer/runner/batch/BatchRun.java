package dev.fixer.runner.batch;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.github.GitHubAccess;
import dev.fixer.runner.github.GitHubIssue;
import dev.fixer.runner.github.GitHubRepo;
import dev.fixer.runner.report.Reports;
import dev.fixer.runner.run.FixerHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code fixer batch}: lists the labelled issues, decides which to start, resume or skip, runs them
 * {@code parallel} at a time through one shared model rate, keeps the state file current after every
 * change, and ends with a report in Markdown (stdout and {@code report.md}) and JSON ({@code report.json}).
 */
public final class BatchRun {

  private final Map<String, String> env;
  private final Path workingDir;
  private final PrintWriter out;
  private final PrintWriter err;

  public BatchRun(Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err) {
    this.env = Map.copyOf(env);
    this.workingDir = workingDir;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the batch and returns the exit code: 0 when every chosen issue ran to an outcome (fixed or
   * not), 3 when a run failed for want of infrastructure, 2 for a usage error before anything ran.
   */
  public int execute(BatchOptions options) {
    try {
      GitHubAccess access = GitHubAccess.from(env);
      String token = access.requireToken("list the issues of " + options.repo() + " and open pull requests");
      GitHubRepo github = GitHubRepo.connect(access, options.repo());
      Path stateFile = options.stateFile() != null ? options.stateFile()
          : FixerHome.from(env).batches().resolve(dirName(options)).resolve("state.json");
      try (BatchState state = BatchState.open(stateFile, options.repo(), options.label())) {
        List<Decision> decisions = decide(github, state, options);
        err.println("batch: " + options.repo() + ", label " + options.label() + ", shard " + options.shard().index()
            + "/" + options.shard().count() + ": " + count(decisions, Decision.Start.class) + " to start, "
            + count(decisions, Decision.Resume.class) + " to resume, " + count(decisions, Decision.Skip.class)
            + " skipped; state in " + stateFile);
        decisions.stream().filter(Decision.Skip.class::isInstance).map(Decision.Skip.class::cast)
            .forEach(skip -> err.println("batch: #" + skip.issue().number() + " skipped: " + skip.reason()));
        boolean infrastructure = runAll(decisions, state, new IssueRuns(env, workingDir, stateFile.getParent(),
            github.cloneUrl(), token, options, new RequestRate(options.requestsPerMinute()), err), options.parallel());
        BatchReports.write(stateFile.getParent(), options, state.entries(), out, err);
        Reports.writeBeside(stateFile.getParent()).ifPresent(problem -> err.println("fixer: " + problem));
        return infrastructure ? ExitCodes.INFRASTRUCTURE : ExitCodes.DONE;
      }
    } catch (FixerException e) {
      err.println("fixer: " + e.getMessage());
      return e.exitCode();
    } catch (InterruptedException e) {
      err.println("fixer: the batch was interrupted; start it again to finish the rest");
      Thread.currentThread().interrupt();
      return ExitCodes.INTERRUPTED;
    }
  }

  private List<Decision> decide(GitHubRepo github, BatchState state, BatchOptions options) {
    List<Candidate> listed = new ArrayList<>();
    Map<Integer, String> pullRequests = new HashMap<>();
    for (GitHubIssue issue : github.openIssuesLabeled(options.label())) {
      listed.add(new Candidate(issue.number(), issue.title()));
      if (options.shard().includes(issue.number()) && !finished(state, issue.number())) {
        github.openPullRequest(options.branchPrefix().branchFor(issue.number()))
            .ifPresent(pull -> pullRequests.put(issue.number(), pull.htmlUrl()));
      }
    }
    List<Decision> decisions = Selection.choose(listed, state, pullRequests.keySet(), options.shard(),
        options.maxIssues() == null ? OptionalInt.empty() : OptionalInt.of(options.maxIssues()));
    for (Decision decision : decisions) {
      if (decision instanceof Decision.Skip skip && !finished(state, skip.issue().number())) {
        state.put(BatchEntries.skipped(skip.issue(), skip.reason(),
            Optional.ofNullable(pullRequests.get(skip.issue().number()))));
      }
    }
    return decisions;
  }

  private static boolean finished(BatchState state, int issue) {
    return state.entry(issue).map(entry -> entry.status().finished()).orElse(false);
  }

  private static boolean runAll(List<Decision> decisions, BatchState state, IssueRuns runs, int parallel)
      throws InterruptedException {
    List<Decision> toRun = decisions.stream().filter(decision -> !(decision instanceof Decision.Skip)).toList();
    return Parallel.each(toRun, parallel, "fixer-batch", decision -> runs.run(decision, state)).stream()
        .anyMatch(report -> report.exitCode() == ExitCodes.INFRASTRUCTURE);
  }

  private static long count(List<Decision> decisions, Class<?> kind) {
    return decisions.stream().filter(kind::isInstance).count();
  }

  private static String dirName(BatchOptions options) {
    return (options.repo() + "-" + options.label()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
  }
}
