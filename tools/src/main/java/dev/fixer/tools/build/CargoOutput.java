package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code cargo test}: the {@code test result:} line of each test binary for the counts, each
 * {@code test path::name ... ok|FAILED|ignored} line for the tests, and the failures' output.
 */
final class CargoOutput {

  private static final Pattern RESULT = Pattern.compile(
      "^test result: \\w+\\. (\\d+) passed; (\\d+) failed; (\\d+) ignored;", Pattern.MULTILINE);
  private static final Pattern SECTION = Pattern.compile("^---- (\\S+) stdout ----$", Pattern.MULTILINE);
  private static final Pattern CASE = Pattern.compile("^test (.+?) \\.\\.\\. (ok|FAILED|ignored)(?:, .*)?$",
      Pattern.MULTILINE);
  private static final int MAX_SECTION_LINES = 12;

  private CargoOutput() {}

  static Optional<TestReport> read(String output) {
    Matcher result = RESULT.matcher(output);
    int passed = 0;
    int failed = 0;
    int ignored = 0;
    boolean any = false;
    while (result.find()) {
      any = true;
      passed += Integer.parseInt(result.group(1));
      failed += Integer.parseInt(result.group(2));
      ignored += Integer.parseInt(result.group(3));
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(new TestReport(passed + failed + ignored, failed, 0, ignored, failures(output), cases(output)));
  }

  private static List<TestCase> cases(String output) {
    List<TestCase> cases = new ArrayList<>();
    Matcher line = CASE.matcher(output);
    while (line.find()) {
      TestCase.Outcome outcome = switch (line.group(2)) {
        case "ok" -> TestCase.Outcome.PASSED;
        case "FAILED" -> TestCase.Outcome.FAILED;
        default -> TestCase.Outcome.SKIPPED;
      };
      cases.add(new TestCase(line.group(1), outcome));
    }
    return cases;
  }

  private static List<TestFailure> failures(String output) {
    List<TestFailure> failures = new ArrayList<>();
    Matcher section = SECTION.matcher(output);
    while (section.find()) {
      List<String> lines = new ArrayList<>();
      for (String line : output.substring(section.end()).strip().split("\\R")) {
        if (line.startsWith("---- ") || line.equals("failures:") || lines.size() >= MAX_SECTION_LINES) {
          break;
        }
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      String message = panicMessage(lines);
      failures.add(new TestFailure(section.group(1), message, String.join("\n", lines)));
    }
    return failures;
  }

  /** The panic's message: on the line after {@code panicked at <place>:}, or in that line in older Rust. */
  private static String panicMessage(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("panicked at")) {
        return line.endsWith(":") && i + 1 < lines.size() ? lines.get(i + 1).strip() : line.strip();
      }
    }
    return "";
  }
}
