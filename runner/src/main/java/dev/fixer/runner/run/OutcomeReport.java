package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.agent.RunStatus;
import dev.fixer.core.model.Usage;
import dev.fixer.runner.git.CommitSelection;
import dev.fixer.runner.git.Diffstat;
import dev.fixer.runner.git.FileChange;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestCase;
import dev.fixer.tools.build.TestFailure;
import dev.fixer.tools.build.TestReport;
import dev.fixer.tools.verdict.Transition;
import dev.fixer.tools.verdict.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes an {@link Outcome} for people (the summary) and for programs (one JSON object). */
final class OutcomeReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OutcomeReport() {}

  /** The JSON object of {@code --json} and {@code result.json}. */
  static ObjectNode json(Outcome outcome) {
    ObjectNode node = JSON.createObjectNode().put("status", outcome.status().wireName())
        .put("exit_code", outcome.exitCode())
        .put("reason", outcome.reason());
    ObjectNode issue = node.putObject("issue").put("title", outcome.issue().title())
        .put("reference", outcome.issue().reference());
    outcome.issueNumber().ifPresent(number -> issue.put("number", number));
    node.put("repo", outcome.repo().toString()).put("branch", outcome.committed() ? outcome.branch() : null);
    node.put("commit", outcome.commit().orElse(null)).put("base_commit", outcome.baseCommit());
    ArrayNode files = node.putArray("changed_files");
    for (FileChange change : outcome.changes()) {
      files.addObject().put("path", change.path()).put("change", change.kind().name().toLowerCase(Locale.ROOT))
          .put("added", change.added()).put("removed", change.removed());
    }
    outcome.verification().ifPresentOrElse(v -> node.set("tests", tests(v.run())), () -> node.putNull("tests"));
    outcome.verification().ifPresentOrElse(v -> node.set("verification", verification(v)),
        () -> node.putNull("verification"));
    node.put("attempts", outcome.attempts());
    ArrayNode leftOut = node.putArray("left_out");
    outcome.leftOut().forEach(left -> leftOut.addObject().put("path", left.change().path())
        .put("reason", left.reason().words()).put("set_aside", left.setAside()));
    outcome.setupFailure().ifPresentOrElse(f -> node.putObject("setup_failure").put("command", f.command())
        .put("exit_code", f.exitCode()).put("timed_out", f.timedOut()).put("output_tail", f.tail())
        .put("stopped_run", f.stopped()).put("why", f.why()), () -> node.putNull("setup_failure"));
    node.put("agent_status", outcome.agentStarted() ? outcome.agent().status().name().toLowerCase(Locale.ROOT)
            : "not_started")
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

  private static ObjectNode verification(Verification v) {
    Verdict verdict = v.verdict();
    ObjectNode node = JSON.createObjectNode().put("verdict", verdict.status().name().toLowerCase(Locale.ROOT))
        .put("reason", verdict.reason()).put("scope", v.scope()).put("duration_ms", v.durationMs());
    ObjectNode baseline = node.putObject("baseline").put("status", v.baseline().status().name().toLowerCase(Locale.ROOT))
        .put("tests", v.baseline().byId().size())
        .put("failing", v.baseline().byId().values().stream().filter(o -> o == TestCase.Outcome.FAILED).count());
    baseline.put("note", v.baselineNote().isEmpty() ? v.baseline().detail() : v.baselineNote());
    strings(node.putArray("evidence"), verdict.evidence());
    strings(node.putArray("regressions"), verdict.regressions());
    strings(node.putArray("new_failures"), verdict.newFailures());
    ObjectNode transitions = node.putObject("transitions");
    for (Transition kind : Transition.values()) {
      List<String> ids = verdict.transitions().of(kind);
      if (kind == Transition.PASS_TO_PASS) {
        transitions.put("pass_to_pass_count", ids.size());
      } else {
        strings(transitions.putArray(kind.name().toLowerCase(Locale.ROOT)), ids);
      }
    }
    v.onBase().ifPresent(onBase -> node.putObject("base_check").put("status",
        onBase.status().name().toLowerCase(Locale.ROOT)).put("detail", onBase.detail()));
    strings(node.putArray("lines"), verdict.lines());
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
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
    text.append(switch (outcome.status()) {
      case FIXED -> "Fixed: ";
      case UNVERIFIED -> "Unverified: ";
      case NOT_FIXED -> "Not fixed: ";
    }).append(outcome.reason()).append('\n');
    if (outcome.committed()) {
      text.append("Branch: ").append(outcome.branch()).append(" (commit ")
          .append(outcome.commit().map(sha -> sha.substring(0, Math.min(12, sha.length()))).orElse("?"))
          .append(") in ").append(outcome.repo()).append('\n');
    }
    if (!outcome.changes().isEmpty()) {
      text.append(Diffstat.format(outcome.changes())).append('\n');
    }
    outcome.verification().ifPresent(v -> {
      text.append("Tests: ").append(testLine(v.run())).append('\n');
      v.verdict().lines().forEach(line -> text.append("  ").append(line).append('\n'));
      if (!v.baselineNote().isEmpty()) {
        text.append("  baseline: ").append(v.baselineNote()).append('\n');
      }
    });
    if (!outcome.leftOut().stream().filter(CommitSelection.LeftOut::setAside).toList().isEmpty()) {
      text.append("Left out: ").append(outcome.leftOut().stream().filter(CommitSelection.LeftOut::setAside)
          .map(left -> left.change().path() + " (" + left.reason().words() + ")")
          .collect(Collectors.joining(", "))).append(", moved to ").append(outcome.runDir().resolve("left-out"))
          .append('\n');
    }
    outcome.setupFailure().ifPresent(failure -> setup(text, failure));
    if (!outcome.agentStarted()) {
      text.append("Agent: did not start\nRun directory: ").append(outcome.runDir()).append(" (fixer run --resume ")
          .append(outcome.runDir()).append(" runs setup again)\n");
      return text.toString();
    }
    text.append(agentLine(outcome));
    outcome.patch().ifPresent(patch -> text.append("Patch: ").append(patch).append('\n'));
    text.append("Trajectory: ").append(outcome.trajectory()).append('\n');
    if (!outcome.committed() && outcome.agent().status() != RunStatus.COMPLETED) {
      text.append("Run directory: ").append(outcome.runDir()).append(" (continue with: fixer run --resume ")
          .append(outcome.runDir()).append(outcome.agent().status().budgetReached() ? " and a larger budget)\n" : ")\n");
    }
    return text.toString();
  }

  /** E.g. "Agent: completed after 4 steps, 12s · 9000 prompt tokens (0 cached), 300 completion tokens · $0.0123". */
  private static String agentLine(Outcome outcome) {
    Usage usage = outcome.agent().usage();
    int steps = outcome.agent().steps();
    return String.format(Locale.ROOT, "Agent: %s after %d %s%s, %s · %d prompt tokens (%d cached), %d completion"
            + " tokens · %s%n", outcome.agent().status().name().toLowerCase(Locale.ROOT).replace('_', ' '), steps,
        steps == 1 ? "step" : "steps", outcome.attempts() > 1 ? " in " + outcome.attempts() + " attempts" : "",
        seconds(outcome.agent().elapsedMs()), usage.promptTokens(), usage.cachedTokens(), usage.completionTokens(),
        outcome.agent().costUsd() == null ? "cost unknown" : String.format(Locale.ROOT, "$%.4f",
            outcome.agent().costUsd()));
  }

  private static void setup(StringBuilder text, SetupFailure failure) {
    text.append("Setup: ").append(failure.headline());
    if (!failure.stopped()) {
      text.append("; the agent started, told of the failure\n");
    } else if (failure.tail().isBlank()) {
      text.append("; it printed nothing\n");
    } else {
      text.append("; the end of its output:\n");
      failure.tail().lines().forEach(line -> text.append("  | ").append(line).append('\n'));
    }
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
