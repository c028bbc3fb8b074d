package dev.fixer.runner.run;

import dev.fixer.core.text.OutputCap;
import dev.fixer.runner.git.CommitSelection;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.build.TestFailure;
import dev.fixer.tools.verdict.Transition;
import dev.fixer.tools.verdict.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the model reads when verification turns its change down and it may try again: the verdict, the
 * regressions and failures with their messages, the tests that show nothing yet, what was left out of
 * the change, and the end of the test output. Bounded, so that it never floods the context.
 */
final class Feedback {

  static final int MAX_CHARS = 12_000;
  private static final int MAX_IDS = 15;
  private static final int MESSAGE_LINES = 4;
  private static final int OUTPUT_CHARS = 4_000;

  private Feedback() {}

  static String of(Verification verification, CommitSelection selection, int nextAttempt, int attempts) {
    Verdict verdict = verification.verdict();
    Map<String, TestFailure> failures = verification.runs().stream()
        .flatMap(run -> run.report().stream()).flatMap(report -> report.failures().stream())
        .collect(Collectors.toMap(TestFailure::test, Function.identity(), (a, b) -> a));
    StringBuilder text = new StringBuilder("fixer verified your change by running ").append(verification.scope())
        .append(" and comparing each test with its outcome before your change. The change is not accepted: ")
        .append(verdict.reason()).append('\n');
    section(text, "Tests that passed before your change and fail now (regressions; fix them, do not weaken them)",
        verdict.regressions(), failures);
    section(text, "New tests that fail", verdict.newFailures(), failures);
    if (verdict.status() == Verdict.Status.UNVERIFIED) {
      text.append("\nNo test shows the fix: none fails on the code before your change and passes with it. Add or"
          + " change a test that reproduces the issue (it must fail without your fix), and run it.\n");
    }
    section(text, "Tests that failed before your change and still fail (they may be unrelated)",
        verdict.transitions().of(Transition.FAIL_TO_FAIL), failures);
    if (!selection.setAside().isEmpty()) {
      text.append("\nLeft out of the change and moved out of the work tree:\n");
      selection.setAside().forEach(left -> text.append("- ").append(left.change().path()).append(": ")
          .append(left.reason().words()).append('\n'));
    }
    TestRun run = verification.run();
    if (!run.passed()) {
      text.append("\nThe end of the test run's report:\n")
          .append(OutputCap.headTail(run.answer().output(), OUTPUT_CHARS)).append('\n');
    }
    text.append("\nThis is attempt ").append(nextAttempt).append(" of ").append(attempts)
        .append(". Your step, cost and time budgets go on from where they were. Find the cause, change the code,"
            + " run the tests, and call finish again.");
    return OutputCap.headTail(text.toString(), MAX_CHARS);
  }

  private static void section(StringBuilder text, String title, List<String> ids, Map<String, TestFailure> failures) {
    if (ids.isEmpty()) {
      return;
    }
    text.append('\n').append(title).append(":\n");
    for (String id : ids.subList(0, Math.min(MAX_IDS, ids.size()))) {
      text.append("- ").append(id);
      TestFailure failure = failures.get(id);
      if (failure != null && !failure.message().isBlank()) {
        text.append(": ").append(failure.message().strip().lines().limit(MESSAGE_LINES)
            .collect(Collectors.joining("\n  ")));
      }
      text.append('\n');
    }
    if (ids.size() > MAX_IDS) {
      text.append("- and ").append(ids.size() - MAX_IDS).append(" more\n");
    }
  }
}
