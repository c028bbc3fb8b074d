package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.model.Usage;
import dev.fixer.runner.git.Diffstat;
import dev.fixer.runner.git.FileChange;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestFailure;
import dev.fixer.tools.build.TestReport;
import java.util.Locale;

/** Writes an {@link Outcome} for people (the summary) and for programs (one JSON object). */
final class OutcomeReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OutcomeReport() {}

  /** The JSON object of {@code --json} and {@code result.json}. */
  static ObjectNode json(Outcome outcome) {
    ObjectNode node = JSON.createObjectNode().put("status", outcome.status()).put("exit_code", outcome.exitCode())
        .put("reason", outcome.reason());
    ObjectNode issue = node.putObject("issue").put("title", outcome.issue().title())
        .put("reference", outcome.issue().reference());
    outcome.issueNumber().ifPresent(number -> issue.put("number", number));
    node.put("repo", outcome.repo().toString()).put("branch", outcome.fixed() ? outcome.branch() : null);
    node.put("commit", outcome.commit().orElse(null)).put("base_commit", outcome.baseCommit());
    ArrayNode files = node.putArray("changed_files");
    for (FileChange change : outcome.changes()) {
      files.addObject().put("path", change.path()).put("change", change.kind().name().toLowerCase(Locale.ROOT))
          .put("added", change.added()).put("removed", change.removed());
    }
    outcome.verification().ifPresentOrElse(run -> node.set("tests", tests(run)), () -> node.putNull("tests"));
    node.put("agent_status", outcome.agent().status().name().toLowerCase(Locale.ROOT))
        .put("steps", outcome.agent().steps()).put("summary", outcome.agent().summary());
    Usage usage = outcome.agent().usage();
    node.putObject("tokens").put("prompt", usage.promptTokens()).put("cached", usage.cachedTokens())
        .put("completion", usage.completionTokens());
    node.put("cost_usd", outcome.agent().costUsd()).put("elapsed_ms", outcome.agent().elapsedMs());
    node.put("model", outcome.model()).put("sandbox", outcome.sandbox());
    node.put("trajectory", outcome.trajectory().toString()).put("patch", outcome.patch().map(Object::toString).orElse(null))
        .put("run_dir", outcome.runDir().toString());
    return node;
  }

  private static ObjectNode tests(TestRun run) {
    ObjectNode node = JSON.createObjectNode().put("passed", run.passed()).put("command", run.command())
        .put("timed_out", run.timedOut());
    ArrayNode requested = node.putArray("requested");
    run.tests().forEach(requested::add);
    run.report().ifPresent(report -> {
      node.put("run", report.run()).put("failed", report.failed()).put("errors", report.errors())
          .put("skipped", report.skipped());
      ArrayNode failures = node.putArray("failures");
      for (TestFailure failure : report.failures()) {
        failures.addObject().put("test", failure.test()).put("message", failure.message());
      }
    });
    return node;
  }

  /** The summary a person reads at the end of a run. */
  static String text(Outcome outcome) {
    StringBuilder text = new StringBuilder();
    text.append(outcome.fixed() ? "Fixed: " : "Not fixed: ").append(outcome.reason()).append('\n');
    if (outcome.fixed()) {
      text.append("Branch: ").append(outcome.branch()).append(" (commit ")
          .append(outcome.commit().map(sha -> sha.substring(0, Math.min(12, sha.length()))).orElse("?"))
          .append(") in ").append(outcome.repo()).append('\n');
    }
    if (!outcome.changes().isEmpty()) {
      text.append(Diffstat.format(outcome.changes())).append('\n');
    }
    outcome.verification().ifPresent(run -> text.append("Tests: ").append(testLine(run)).append('\n'));
    Usage usage = outcome.agent().usage();
    text.append(String.format(Locale.ROOT, "Agent: %s after %d steps, %s · %d prompt tokens (%d cached), %d completion"
            + " tokens · %s%n", outcome.agent().status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        outcome.agent().steps(), seconds(outcome.agent().elapsedMs()), usage.promptTokens(), usage.cachedTokens(),
        usage.completionTokens(), outcome.agent().costUsd() == null ? "cost unknown"
            : String.format(Locale.ROOT, "$%.4f", outcome.agent().costUsd())));
    outcome.patch().ifPresent(patch -> text.append("Patch: ").append(patch).append('\n'));
    text.append("Trajectory: ").append(outcome.trajectory()).append('\n');
    if (!outcome.fixed() && outcome.agent().status() != RunStatus.COMPLETED) {
      text.append("Run directory: ").append(outcome.runDir()).append(" (continue with: fixer run --resume ")
          .append(outcome.runDir()).append(outcome.agent().status().budgetReached() ? " and a larger budget)\n" : ")\n");
    }
    return text.toString();
  }

  private static String testLine(TestRun run) {
    String which = run.tests().isEmpty() ? "the whole suite" : String.join(", ", run.tests());
    String counts = run.report().map(OutcomeReport::counts).orElse(run.passed() ? "passed" : "no results");
    return which + ": " + counts + (run.passed() ? "" : run.timedOut() ? " (timed out)" : " (failed)");
  }

  private static String counts(TestReport report) {
    return report.run() + " run, " + report.failed() + " failed, " + report.errors() + " errors, "
        + report.skipped() + " skipped";
  }

  private static String seconds(long ms) {
    long s = ms / 1000;
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
