package dev.fixer.tools.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads mocha's spec reporter, its default: the tree of suites and tests ({@code ✔ passes},
 * {@code 1) fails}, {@code - pending}) gives each test's titles, joined by {@code ›} as jest's are; the
 * numbered blocks after {@code N passing} give each failure's message.
 */
final class MochaSpec {

  private static final Pattern SUMMARY = Pattern.compile("^ *(\\d+) passing \\(\\w+\\)$", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("^ *(\\d+) (failing|pending)$", Pattern.MULTILINE);
  private static final Pattern PASSED = Pattern.compile("^( +)[✔✓] (.+?)(?: \\(\\d+ms\\))?$");
  private static final Pattern FAILED = Pattern.compile("^( +)(\\d+)\\) (.+)$");
  private static final Pattern PENDING = Pattern.compile("^( +)- (.+)$");
  private static final Pattern SUITE = Pattern.compile("^( +)(\\S.*)$");
  private static final Pattern FAILURE_HEADER = Pattern.compile("^ +(\\d+)\\) ", Pattern.MULTILINE);
  private static final int DETAIL_LINES = 4;

  private MochaSpec() {}

  /** @param plain the output with its colour codes removed, as {@link JsTestOutput} passes it */
  static Optional<TestReport> read(String plain) {
    Matcher summary = SUMMARY.matcher(plain);
    if (!summary.find()) {
      return Optional.empty();
    }
    int failed = 0;
    int pending = 0;
    Matcher count = COUNT.matcher(plain.substring(summary.end()));
    while (count.find()) {
      if (count.group(2).equals("failing")) {
        failed = Integer.parseInt(count.group(1));
      } else {
        pending = Integer.parseInt(count.group(1));
      }
    }
    Map<String, String> numbered = new HashMap<>();
    List<TestCase> cases = tree(plain.substring(0, summary.start()), numbered);
    List<TestFailure> failures = failures(plain.substring(summary.end()), numbered);
    int passed = Integer.parseInt(summary.group(1));
    return Optional.of(new TestReport(passed + failed + pending, failed, 0, pending, failures, cases));
  }

  private static List<TestCase> tree(String text, Map<String, String> numbered) {
    List<TestCase> cases = new ArrayList<>();
    Deque<Level> suites = new ArrayDeque<>();
    for (String line : text.split("\\R")) {
      Matcher passed = PASSED.matcher(line);
      Matcher failed = FAILED.matcher(line);
      Matcher pending = PENDING.matcher(line);
      Matcher suite = SUITE.matcher(line);
      if (!suite.matches()) {
        continue;
      }
      int indent = suite.group(1).length();
      while (!suites.isEmpty() && suites.peekLast().indent() >= indent) {
        suites.removeLast();
      }
      if (passed.matches()) {
        cases.add(new TestCase(id(suites, passed.group(2)), TestCase.Outcome.PASSED));
      } else if (failed.matches()) {
        String id = id(suites, failed.group(3));
        numbered.put(failed.group(2), id);
        cases.add(new TestCase(id, TestCase.Outcome.FAILED));
      } else if (pending.matches()) {
        cases.add(new TestCase(id(suites, pending.group(2)), TestCase.Outcome.SKIPPED));
      } else {
        suites.addLast(new Level(indent, suite.group(2).strip()));
      }
    }
    return cases;
  }

  /** Each block {@code N) suite / test:}, then the message and a few lines. */
  private static List<TestFailure> failures(String text, Map<String, String> numbered) {
    List<TestFailure> failures = new ArrayList<>();
    Matcher header = FAILURE_HEADER.matcher(text);
    List<int[]> starts = new ArrayList<>();
    while (header.find()) {
      starts.add(new int[] {header.start(), Integer.parseInt(header.group(1))});
    }
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
      List<String> lines = text.substring(starts.get(k)[0], end).lines().map(String::strip)
          .filter(line -> !line.isEmpty()).toList();
      int titleEnd = 0;
      while (titleEnd < lines.size() - 1 && !lines.get(titleEnd).endsWith(":")) {
        titleEnd++;
      }
      List<String> body = lines.subList(Math.min(titleEnd + 1, lines.size()), lines.size());
      String id = numbered.getOrDefault(String.valueOf(starts.get(k)[1]),
          lines.get(0).replaceFirst("^\\d+\\) ", ""));
      failures.add(new TestFailure(id, body.isEmpty() ? "" : body.get(0),
          body.size() < 2 ? "" : String.join("\n", body.subList(1, Math.min(body.size(), 1 + DETAIL_LINES)))));
    }
    return failures;
  }

  private static String id(Deque<Level> suites, String title) {
    List<String> titles = new ArrayList<>();
    suites.forEach(level -> titles.add(level.name()));
    titles.add(title.strip());
    return String.join(" › ", titles);
  }

  private record Level(int indent, String name) {}
}
