package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads pytest's final summary line and its {@code -rfE} short summary ({@code FAILED x::y - why}). */
final class PytestOutput {

  private static final Pattern SUMMARY = Pattern.compile(
      "^=+ (.*\\d+ (?:passed|failed|errors?|skipped|xfailed|xpassed|deselected|warnings?).*) in [\\d.]+s(?: \\([^)]*\\))? =+$",
      Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("(\\d+) (passed|failed|errors?|skipped|xfailed|xpassed)");
  private static final Pattern SHORT = Pattern.compile("^(FAILED|ERROR) (\\S+)(?: - (.*))?$", Pattern.MULTILINE);

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
    return Optional.of(new TestReport(passed + failed + errors + skipped, failed, errors, skipped, failures(output)));
  }

  private static List<TestFailure> failures(String output) {
    List<TestFailure> failures = new ArrayList<>();
    Matcher line = SHORT.matcher(output);
    while (line.find()) {
      String message = line.group(3) == null ? "" : line.group(3).strip();
      failures.add(new TestFailure(line.group(2), message, ""));
    }
    return failures;
  }
}
