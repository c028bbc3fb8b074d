package dev.fixer.tools.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single tests that jest and vitest list, named as their failure headers name them: jest's
 * {@code describe › test} from the tree under each {@code PASS}/{@code FAIL} file (printed with
 * {@code --verbose}, or for a single test file), vitest's {@code file > describe > test} from its
 * {@code ✓}/{@code ×}/{@code ↓} lines (every test with {@code --reporter=verbose}, only the tests of
 * failing files by default). Tests the output does not list are not there: jest without the tree
 * gives none.
 */
final class JsTestCases {

  private static final Pattern JEST_FILE = Pattern.compile("^(?:PASS|FAIL) \\S+");
  private static final Pattern JEST_TEST =
      Pattern.compile("^( *)([✓✕○✎]) (.+?)(?: \\(\\d+(?:\\.\\d+)? ?m?s\\))?$");
  private static final Pattern JEST_DESCRIBE = Pattern.compile("^( +)(\\S.*)$");
  private static final Pattern VITEST_FILE = Pattern.compile(
      "^\\s*[❯✓×↓] (\\S+) \\(\\d+ tests?(?: \\| [^)]*)?\\)(?: \\d+(?:\\.\\d+)?m?s)?$");
  private static final Pattern VITEST_TEST = Pattern.compile("^\\s*([✓×↓]) (.+?)(?: \\d+(?:\\.\\d+)?m?s)?$");

  private JsTestCases() {}

  /** jest's tests by {@code describe › ... › title}. */
  static List<TestCase> jest(String output) {
    List<TestCase> cases = new ArrayList<>();
    Deque<Level> describes = new ArrayDeque<>();
    boolean inTree = false;
    for (String line : output.split("\\R")) {
      if (JEST_FILE.matcher(line).lookingAt()) {
        inTree = true;
        describes.clear();
        continue;
      }
      if (!inTree || line.isBlank() || line.strip().startsWith("●")) {
        inTree = false;
        continue;
      }
      Matcher test = JEST_TEST.matcher(line);
      Matcher describe = JEST_DESCRIBE.matcher(line);
      int indent = test.matches() ? test.group(1).length() : describe.matches() ? describe.group(1).length() : -1;
      if (indent < 0) {
        inTree = false;
        continue;
      }
      while (!describes.isEmpty() && describes.peekLast().indent() >= indent) {
        describes.removeLast();
      }
      if (test.matches()) {
        cases.add(new TestCase(jestTitle(describes, test.group(2), test.group(3)), jestOutcome(test.group(2))));
      } else {
        describes.addLast(new Level(indent, describe.group(2).strip()));
      }
    }
    return cases;
  }

  /** vitest's tests by {@code file > describe > ... > title}. */
  static List<TestCase> vitest(String output) {
    List<TestCase> cases = new ArrayList<>();
    String file = null;
    for (String line : output.split("\\R")) {
      Matcher header = VITEST_FILE.matcher(line);
      if (header.matches()) {
        file = header.group(1);
        continue;
      }
      Matcher test = VITEST_TEST.matcher(line);
      if (test.matches()) {
        String title = test.group(2).strip();
        String id = file == null || title.startsWith(file + " > ") ? title : file + " > " + title;
        cases.add(new TestCase(id, switch (test.group(1)) {
          case "✓" -> TestCase.Outcome.PASSED;
          case "×" -> TestCase.Outcome.FAILED;
          default -> TestCase.Outcome.SKIPPED;
        }));
      }
    }
    return cases;
  }

  /** The title path; jest writes {@code ○ skipped title} and {@code ✎ todo title}. */
  private static String jestTitle(Deque<Level> describes, String mark, String marked) {
    String prefix = mark.equals("○") ? "skipped " : mark.equals("✎") ? "todo " : "";
    String title = marked.startsWith(prefix) ? marked.substring(prefix.length()) : marked;
    List<String> path = new ArrayList<>();
    describes.forEach(level -> path.add(level.name()));
    path.add(title.strip());
    return String.join(" › ", path);
  }

  private static TestCase.Outcome jestOutcome(String mark) {
    return switch (mark) {
      case "✓" -> TestCase.Outcome.PASSED;
      case "✕" -> TestCase.Outcome.FAILED;
      default -> TestCase.Outcome.SKIPPED;
    };
  }

  private record Level(int indent, String name) {}
}
