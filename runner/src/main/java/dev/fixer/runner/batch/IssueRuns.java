package dev.fixer.runner.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import dev.fixer.runner.git.RemoteAccess;
import dev.fixer.runner.git.UserRepo;
import dev.fixer.runner.run.FixRun;
import dev.fixer.runner.run.RunFlags;
import dev.fixer.runner.run.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * One issue of a batch, run as {@code fixer run --open-pr} would run it, in {@code issue-N/} of the
 * batch's directory: {@code checkout/} (a fresh clone), {@code run/} (the run directory) and
 * {@code log.txt} (what the run printed).
 */
final class IssueRuns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env;
  private final Path workingDir;
  private final Path batchDir;
  private final String cloneUrl;
  private final String token;
  private final BatchOptions options;
  private final RequestRate rate;
  private final PrintWriter err;

  IssueRuns(Map<String, String> env, Path workingDir, Path batchDir, String cloneUrl, String token,
      BatchOptions options, RequestRate rate, PrintWriter err) {
    this.env = env;
    this.workingDir = workingDir;
    this.batchDir = batchDir;
    this.cloneUrl = cloneUrl;
    this.token = token;
    this.options = options;
    this.rate = rate;
    this.err = err;
  }

  /** Runs (or resumes) the issue, keeping its state entry current; never throws for the run's own failures. */
  RunReport run(Decision decision, BatchState state) {
    Candidate issue = decision.issue();
    Path dir = batchDir.resolve("issue-" + issue.number());
    Path runDir = dir.resolve("run");
    RunReport report;
    try {
      Optional<RunReport> earlier = decision instanceof Decision.Resume ? RunReport.endedIn(runDir) : Optional.empty();
      if (earlier.isPresent()) {
        report = earlier.get();
      } else {
        boolean resumable = decision instanceof Decision.Resume && Files.exists(runDir.resolve("run.json"));
        if (!resumable) {
          fresh(dir);
        }
        state.put(BatchEntries.running(issue, runDir));
        err.println("batch: #" + issue.number() + " " + (resumable ? "resumed" : "started") + " (" + issue.title()
            + "); its log is " + dir.resolve("log.txt"));
        report = perform(flags(issue, dir, runDir, resumable), dir.resolve("log.txt"));
      }
    } catch (FixerException e) {
      report = new RunReport(e.exitCode(), JSON.createObjectNode().put("status", "error")
          .put("exit_code", e.exitCode()).put("error", e.getMessage()));
    }
    state.put(BatchEntries.of(issue, report, runDir));
    err.println("batch: #" + issue.number() + " " + report.status().replace('_', ' ')
        + report.prUrl().map(url -> ": " + url).orElse(": " + report.reason()));
    return report;
  }

  private RunReport perform(RunFlags flags, Path log) {
    try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
      return new FixRun(env, workingDir, writer, writer, false).withModelTraffic(new RateLimit(rate))
          .withBranchPrefix(options.branchPrefix()).perform(flags);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot write " + log + ": " + e.getMessage(), e);
    }
  }

  private RunFlags flags(Candidate issue, Path dir, Path runDir, boolean resume) {
    return options.agent().flags(dir.resolve("checkout"), "#" + issue.number(), options.repo(), runDir, resume, true,
        options.draft());
  }

  /** A clean {@code issue-N/} with a fresh clone of the repository in {@code checkout/}. */
  private void fresh(Path dir) {
    try {
      TextFiles.deleteTree(dir);
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw FixerException.infrastructure("cannot clear " + dir + ": " + e.getMessage(), e);
    }
    UserRepo.cloneFrom(new RemoteAccess(cloneUrl, Optional.of(token)), dir.resolve("checkout")).close();
  }
}
