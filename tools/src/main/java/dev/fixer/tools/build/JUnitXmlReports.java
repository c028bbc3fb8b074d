package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JUnit XML reports ({@code TEST-*.xml}, as surefire, failsafe and Gradle write them) anywhere in a
 * repository, counted only when a run wrote them ({@link ReportFiles}), so that reports of earlier
 * runs are not read as this one's.
 */
final class JUnitXmlReports {

  private JUnitXmlReports() {}

  /** The sum of every report under {@code root} written since {@code before}; empty if none. */
  static Optional<TestReport> read(Path root, ReportFiles before) {
    TestReport total = null;
    for (Path file : before.writtenSince(root)) {
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
}
