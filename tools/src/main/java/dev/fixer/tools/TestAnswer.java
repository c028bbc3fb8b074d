package dev.fixer.tools;

import dev.fixer.core.text.OutputCap;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.tools.build.Build;
import dev.fixer.tools.build.TestCommand;
import dev.fixer.tools.build.TestFailure;
import dev.fixer.tools.build.TestReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes what a test run produced as the model reads it: counts, failures, then the output's tail. */
final class TestAnswer {

  static final int MAX_CHARS = 20_000;
  static final int TAIL_LINES = 50;
  static final int MAX_FAILURES = 20;

  private TestAnswer() {}

  static ToolResult of(Build build, TestCommand command, ExecResult result, Optional<TestReport> report,
      Optional<String> cause) {
    StringBuilder text = new StringBuilder("run_tests: ");
    String where = " (" + build.name() + ", " + seconds(result) + ")";
    boolean passed;
    if (result.timedOut()) {
      text.append("the run was stopped at its time limit").append(where).append('\n');
      report.ifPresent(r -> text.append("results so far: ").append(counts(r)).append('\n'));
      passed = false;
    } else if (report.isPresent()) {
      TestReport r = report.get();
      text.append(counts(r)).append(where).append('\n');
      passed = r.passed() && r.run() > 0 && result.exitCode() == 0;
      explainWithoutFailures(text, build, result, r);
    } else {
      passed = noResults(text, build, result, where);
    }
    if (cause.isPresent()) {
      text.append(cause.get()).append('\n');
      passed = false;
    }
    if (!command.note().isEmpty()) {
      text.append(command.note()).append('\n');
    }
    report.ifPresent(r -> failures(text, r.failures()));
    text.append("--- output tail ---\n").append(OutputTail.lastLines(result.stdout(), TAIL_LINES)).append('\n');
    String answer = OutputCap.headTail(text.toString(), MAX_CHARS);
    return passed ? ToolResult.success(answer) : ToolResult.failure(answer);
  }

  private static void explainWithoutFailures(StringBuilder text, Build build, ExecResult result, TestReport r) {
    if (r.run() == 0) {
      text.append("no tests ran; check the test names\n");
    } else if (r.passed() && result.exitCode() != 0) {
      text.append("no test failed, but the build failed with exit code ").append(result.exitCode()).append(":\n");
      build.buildErrors(result.stdout()).forEach(line -> text.append(line).append('\n'));
    }
  }

  /** Says why there are no results; returns whether the run counts as passed. */
  private static boolean noResults(StringBuilder text, Build build, ExecResult result, String where) {
    List<String> errors = build.buildErrors(result.stdout());
    if (result.exitCode() == 0) {
      text.append("the command passed (exit code 0), but no test results could be read").append(where).append('\n');
      return true;
    }
    if (errors.isEmpty()) {
      text.append("exit code ").append(result.exitCode()).append(" and no test results could be read; the build"
          + " may have failed before tests ran").append(where).append('\n');
    } else {
      text.append("the build failed before tests ran (exit code ").append(result.exitCode()).append(")")
          .append(where).append('\n');
      errors.forEach(line -> text.append(line).append('\n'));
    }
    return false;
  }

  static String counts(TestReport report) {
    return report.run() + " run, " + report.failed() + " failed, " + report.errors() + " errors, "
        + report.skipped() + " skipped";
  }

  private static void failures(StringBuilder text, List<TestFailure> failures) {
    for (TestFailure failure : failures.subList(0, Math.min(failures.size(), MAX_FAILURES))) {
      text.append("FAILED ").append(failure.test());
      text.append(failure.message().isEmpty() ? "" : ": " + firstLines(failure.message(), 5)).append('\n');
      if (!failure.stack().isEmpty()) {
        text.append(failure.stack().indent(4));
      }
    }
    if (failures.size() > MAX_FAILURES) {
      text.append("... and ").append(failures.size() - MAX_FAILURES).append(" more failed tests\n");
    }
  }

  private static String firstLines(String text, int lines) {
    return text.lines().limit(lines).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static String seconds(ExecResult result) {
    return String.format(Locale.ROOT, "%.1f s", result.duration().toMillis() / 1000.0);
  }
}
