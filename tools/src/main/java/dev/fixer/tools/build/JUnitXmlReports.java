package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JUnit XML reports ({@code TEST-*.xml}, as surefire, failsafe and Gradle write them) anywhere in a
 * repository, counted only when written since a run started, so that reports of earlier runs are
 * not read as this one's.
 */
final class JUnitXmlReports {

  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".gradle", ".idea", "src");
  private static final int MAX_DEPTH = 12;
  private static final long CLOCK_SLACK_MILLIS = 50;

  private JUnitXmlReports() {}

  /** The sum of every report under {@code root} modified since {@code started}; empty if none. */
  static Optional<TestReport> read(Path root, Instant started) {
    TestReport total = null;
    for (Path file : freshReports(root, started.minusMillis(CLOCK_SLACK_MILLIS))) {
      try {
        TestReport one = parse(SafeXml.parse(file));
        total = total == null ? one : total.plus(one);
      } catch (IOException unreadable) {
        // a report being written or broken: the output tail still shows the run
      }
    }
    return Optional.ofNullable(total);
  }

  static TestReport parse(Document document) {
    NodeList testcases = document.getElementsByTagName("testcase");
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    List<TestFailure> failures = new ArrayList<>();
    List<TestCase> cases = new ArrayList<>();
    for (int i = 0; i < testcases.getLength(); i++) {
      Element testcase = (Element) testcases.item(i);
      Element failure = child(testcase, "failure");
      Element error = failure == null ? child(testcase, "error") : null;
      boolean skip = failure == null && error == null && child(testcase, "skipped") != null;
      failed += failure != null ? 1 : 0;
      errors += error != null ? 1 : 0;
      skipped += skip ? 1 : 0;
      Element problem = failure != null ? failure : error;
      if (problem != null) {
        failures.add(new TestFailure(name(testcase), problem.getAttribute("message").strip(),
            StackTrim.trim(problem.getTextContent())));
      }
      TestCase.Outcome outcome = problem != null ? TestCase.Outcome.FAILED
          : skip ? TestCase.Outcome.SKIPPED : TestCase.Outcome.PASSED;
      if (!name(testcase).isBlank()) {
        cases.add(new TestCase(name(testcase), outcome));
      }
    }
    return new TestReport(testcases.getLength(), failed, errors, skipped, failures, cases);
  }

  private static String name(Element testcase) {
    String className = testcase.getAttribute("classname");
    return className.isEmpty() ? testcase.getAttribute("name") : className + "#" + testcase.getAttribute("name");
  }

  private static Element child(Element parent, String tag) {
    NodeList children = parent.getElementsByTagName(tag);
    return children.getLength() == 0 ? null : (Element) children.item(0);
  }

  private static List<Path> freshReports(Path root, Instant since) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (name.startsWith("TEST-") && name.endsWith(".xml")
              && !attrs.lastModifiedTime().toInstant().isBefore(since)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return found;
    }
    found.sort(null);
    return found;
  }
}
