package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pytest's final summary line for the counts and its short summary ({@code -rpxXfE}: lines such
 * as {@code PASSED x::y}, {@code FAILED x::y - why}) for each test. An xfail counts as passed, an
 * xpass as failed. Skipped tests are listed only when pytest names them ({@code --no-fold-skipped});
 * its usual {@code SKIPPED [2] file:line: why} names no test.
 */
final class PytestOutput {

  private static final Pattern SUMMARY = Pattern.compile(
      "^=+ (.*\\d+ (?:passed|failed|errors?|skipped|xfailed|xpassed|deselected|warnings?).*) in [\\d.]+s(?: \\([^)]*\\))? =+$",
      Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("(\\d+) (passed|failed|errors?|skipped|xfailed|xpassed)");
  private static final Pattern SHORT = Pattern.compile(
      "^(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) ([^\\s\\[]\\S*(?:\\[[^\\]]*\\])?)(?: - (.*))?$", Pattern.MULTILINE);

  private PytestOutput() {}

  static Optional<TestReport> read(String output) {
    Matcher summary = SUMMARY.matcher(output);
    String last = null;
    while (summary.find()) {
      last = summary.group(1);
    }
    if (last == null) {
      return Optional.empty();
    }
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    Matcher count = COUNT.matcher(last);
    while (count.find()) {
      int n = Integer.parseInt(count.group(1));
      switch (count.group(2)) {
        case "passed", "xfailed" -> passed += n;
        case "failed", "xpassed" -> failed += n;
        case "skipped" -> skipped += n;
        default -> errors += n;
      }
    }
    List<TestFailure> failures = new ArrayList<>();
    List<TestCase> cases = new ArrayList<>();
    readShortSummary(output, failures, cases);
    return Optional.of(new TestReport(passed + failed + errors + skipped, failed, errors, skipped, failures, cases));
  }

  private static void readShortSummary(String output, List<TestFailure> failures, List<TestCase> cases) {
    Matcher line = SHORT.matcher(output);
    while (line.find()) {
      String word = line.group(1);
      String id = line.group(2);
      if (word.equals("FAILED") || word.equals("ERROR")) {
        failures.add(new TestFailure(id, line.group(3) == null ? "" : line.group(3).strip(), ""));
      }
      if (!word.equals("SKIPPED") || id.contains("::")) {
        cases.add(new TestCase(id, outcome(word)));
      }
    }
  }

  private static TestCase.Outcome outcome(String word) {
    return switch (word) {
      case "PASSED", "XFAIL" -> TestCase.Outcome.PASSED;
      case "SKIPPED" -> TestCase.Outcome.SKIPPED;
      default -> TestCase.Outcome.FAILED;
    };
  }
}
