package dev.fixer.tools.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TAP of {@code node --test --test-reporter=tap}: each {@code # Subtest:} that holds no
 * subtests is a test, named by its titles joined by {@code ›} as jest names them; a test left out by
 * {@code --test-name-pattern} is not listed. Each failure's message is the {@code error} of its YAML
 * block.
 */
final class NodeTap {

  private static final Pattern FOOTER = Pattern.compile("^# pass \\d+$", Pattern.MULTILINE);
  private static final Pattern SUBTEST = Pattern.compile("^( *)# Subtest: (.*)$");
  private static final Pattern RESULT = Pattern.compile("^( *)(not ok|ok) \\d+(?: - (.*?))?(?: # (\\w+)(.*))?$");
  private static final Pattern ERROR = Pattern.compile("^ *error: (?:([|>]-?)|'?(.*?)'?)$");
  private static final String FILTERED = "test name does not match pattern";
  private static final int DETAIL_LINES = 4;

  private NodeTap() {}

  static Optional<TestReport> read(String output) {
    if (!FOOTER.matcher(output).find() || !output.contains("# Subtest: ")) {
      return Optional.empty();
    }
    List<TestCase> cases = new ArrayList<>();
    List<TestFailure> failures = new ArrayList<>();
    Deque<Level> open = new ArrayDeque<>();
    String[] lines = output.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      Matcher subtest = SUBTEST.matcher(lines[i]);
      if (subtest.matches()) {
        int indent = subtest.group(1).length();
        closeDeeper(open, indent - 1);
        if (!open.isEmpty()) {
          open.peekLast().nested = true;
        }
        open.addLast(new Level(indent, subtest.group(2).replace("\\#", "#")));
        continue;
      }
      Matcher result = RESULT.matcher(lines[i]);
      if (!result.matches()) {
        continue;
      }
      closeDeeper(open, result.group(1).length());
      if (open.isEmpty() || open.peekLast().nested) {
        open.pollLast();
        continue;
      }
      String directive = result.group(4) == null ? "" : result.group(4).toUpperCase(java.util.Locale.ROOT);
      String reason = result.group(5) == null ? "" : result.group(5).strip();
      String id = id(open);
      open.pollLast();
      if (directive.equals("SKIP") && reason.equals(FILTERED)) {
        continue;
      }
      TestCase.Outcome outcome = directive.equals("SKIP") || directive.equals("TODO") ? TestCase.Outcome.SKIPPED
          : result.group(2).equals("ok") ? TestCase.Outcome.PASSED : TestCase.Outcome.FAILED;
      cases.add(new TestCase(id, outcome));
      if (outcome == TestCase.Outcome.FAILED) {
        failures.add(failure(id, lines, i + 1));
      }
    }
    int failed = (int) cases.stream().filter(c -> c.outcome() == TestCase.Outcome.FAILED).count();
    int skipped = (int) cases.stream().filter(c -> c.outcome() == TestCase.Outcome.SKIPPED).count();
    return Optional.of(new TestReport(cases.size(), failed, 0, skipped, failures, cases));
  }

  /** Closes the levels deeper than {@code indent}: their results never came, a crash, say. */
  private static void closeDeeper(Deque<Level> open, int indent) {
    while (!open.isEmpty() && open.peekLast().indent > indent) {
      open.pollLast();
    }
  }

  private static String id(Deque<Level> open) {
    List<String> titles = new ArrayList<>();
    open.forEach(level -> titles.add(level.title));
    return String.join(" › ", titles);
  }

  /** The {@code error} of the YAML block from {@code start}, the first line the message. */
  private static TestFailure failure(String id, String[] lines, int start) {
    List<String> error = new ArrayList<>();
    for (int i = start; i < lines.length && !lines[i].strip().equals("..."); i++) {
      Matcher field = ERROR.matcher(lines[i]);
      if (!field.matches()) {
        continue;
      }
      if (field.group(1) == null) {
        error.add(field.group(2));
        break;
      }
      int indent = lines[i].indexOf("error:");
      for (int j = i + 1; j < lines.length && (lines[j].isBlank() || indentOf(lines[j]) > indent); j++) {
        if (!lines[j].isBlank()) {
          error.add(lines[j].strip());
        }
      }
      break;
    }
    String message = error.isEmpty() ? "" : error.get(0);
    String detail = error.size() < 2 ? "" : String.join("\n", error.subList(1, Math.min(error.size(), 1 + DETAIL_LINES)));
    return new TestFailure(id, message, detail);
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static final class Level {
    private final int indent;
    private final String title;
    private boolean nested;

    Level(int indent, String title) {
      this.indent = indent;
      this.title = title;
    }
  }
}
