package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the summaries of jest ({@code Tests: 1 failed, 2 passed, 3 total}) and vitest ({@code Tests  1
 * failed | 2 passed (3)}), their failures, and the single tests where the output lists them
 * ({@link JsTestCases}); else node --test's TAP ({@link NodeTap}) or mocha's spec reporter
 * ({@link MochaSpec}).
 */
final class JsTestOutput {

  private static final Pattern JEST = Pattern.compile("^Tests:\\s+(.*?)(\\d+) total", Pattern.MULTILINE);
  private static final Pattern VITEST = Pattern.compile("^\\s*Tests\\s+(.*?)\\((\\d+)\\)\\s*$", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("(\\d+) (failed|passed|skipped|todo|pending)");
  private static final Pattern JEST_FAILURE = Pattern.compile("^\\s*● (.+)$", Pattern.MULTILINE);
  private static final Pattern VITEST_FAILURE = Pattern.compile("^\\s*FAIL\\s+(\\S+ > .+)$", Pattern.MULTILINE);

  private static final int DETAIL_LINES = 4;

  private JsTestOutput() {}

  static Optional<TestReport> read(String output) {
    String plain = output.replaceAll("\u001B\\[[;\\d]*m", "");
    Matcher jest = JEST.matcher(plain);
    if (jest.find()) {
      List<TestCase> cases = JsTestCases.jest(plain);
      Set<String> failing = cases.stream().filter(c -> c.outcome() == TestCase.Outcome.FAILED)
          .map(TestCase::id).collect(Collectors.toSet());
      // "● Console" and "● Test suite failed to run" head other blocks: a top-level test needs its ✕ line
      Predicate<String> isTest = title -> title.contains(" › ") || failing.contains(title);
      return Optional.of(report(jest.group(1), Integer.parseInt(jest.group(2)), failures(plain, JEST_FAILURE, isTest),
          cases));
    }
    Matcher vitest = VITEST.matcher(plain);
    if (vitest.find()) {
      return Optional.of(report(vitest.group(1), Integer.parseInt(vitest.group(2)),
          failures(plain, VITEST_FAILURE, title -> true), JsTestCases.vitest(plain)));
    }
    return NodeTap.read(plain).or(() -> MochaSpec.read(plain));
  }

  private static TestReport report(String counts, int total, List<TestFailure> failures, List<TestCase> cases) {
    int failed = 0;
    int skipped = 0;
    Matcher count = COUNT.matcher(counts);
    while (count.find()) {
      int n = Integer.parseInt(count.group(1));
      switch (count.group(2)) {
        case "failed" -> failed += n;
        case "skipped", "todo", "pending" -> skipped += n;
        default -> { }
      }
    }
    return new TestReport(total, failed, 0, skipped, failures, cases);
  }

  /** Each failure header, the first non-blank line after it as the message, and a few more lines. */
  private static List<TestFailure> failures(String output, Pattern header, Predicate<String> isTest) {
    List<TestFailure> failures = new ArrayList<>();
    Matcher match = header.matcher(output);
    while (match.find()) {
      if (!isTest.test(match.group(1).strip())) {
        continue;
      }
      List<String> after = output.substring(match.end()).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .takeWhile(line -> !line.startsWith("●") && !line.startsWith("FAIL ") && !line.startsWith("⎯"))
          .limit(1 + DETAIL_LINES)
          .toList();
      String message = after.isEmpty() ? "" : after.get(0);
      String detail = after.isEmpty() ? "" : String.join("\n", after.subList(1, after.size()));
      failures.add(new TestFailure(match.group(1).strip(), message, detail));
    }
    return failures;
  }
}
