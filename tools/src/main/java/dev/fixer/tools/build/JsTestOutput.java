package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the summaries of jest ({@code Tests: 1 failed, 2 passed, 3 total}) and vitest ({@code Tests  1 failed | 2 passed (3)}). */
final class JsTestOutput {

  private static final Pattern JEST = Pattern.compile("^Tests:\\s+(.*?)(\\d+) total", Pattern.MULTILINE);
  private static final Pattern VITEST = Pattern.compile("^\\s*Tests\\s+(.*?)\\((\\d+)\\)\\s*$", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("(\\d+) (failed|passed|skipped|todo|pending)");
  private static final Pattern JEST_FAILURE = Pattern.compile("^\\s*● (.+ › .+)$", Pattern.MULTILINE);
  private static final Pattern VITEST_FAILURE = Pattern.compile("^\\s*FAIL\\s+(\\S+ > .+)$", Pattern.MULTILINE);

  private static final int DETAIL_LINES = 4;

  private JsTestOutput() {}

  static Optional<TestReport> read(String output) {
    String plain = output.replaceAll("\u001B\\[[;\\d]*m", "");
    Matcher jest = JEST.matcher(plain);
    if (jest.find()) {
      return Optional.of(report(jest.group(1), Integer.parseInt(jest.group(2)), failures(plain, JEST_FAILURE)));
    }
    Matcher vitest = VITEST.matcher(plain);
    if (vitest.find()) {
      return Optional.of(report(vitest.group(1), Integer.parseInt(vitest.group(2)), failures(plain, VITEST_FAILURE)));
    }
    return Optional.empty();
  }

  private static TestReport report(String counts, int total, List<TestFailure> failures) {
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
    return new TestReport(total, failed, 0, skipped, failures);
  }

  /** Each failure header, the first non-blank line after it as the message, and a few more lines. */
  private static List<TestFailure> failures(String output, Pattern header) {
    List<TestFailure> failures = new ArrayList<>();
    Matcher match = header.matcher(output);
    while (match.find()) {
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
