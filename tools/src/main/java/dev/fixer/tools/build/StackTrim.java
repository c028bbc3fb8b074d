package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;

/** Shortens a Java stack trace to what a reader needs: the messages and the frames of the project. */
final class StackTrim {

  static final int MAX_LINES = 12;

  private static final List<String> FRAMEWORK = List.of(
      "org.junit.", "junit.", "org.opentest4j.", "org.assertj.", "org.hamcrest.", "org.mockito.",
      "org.apache.maven.", "org.gradle.", "java.base/", "java.", "jdk.", "sun.", "kotlin.", "org.testng.");

  private StackTrim() {}

  static String trim(String stack) {
    List<String> kept = new ArrayList<>();
    int dropped = 0;
    for (String line : stack.strip().split("\\R")) {
      String frame = line.strip();
      boolean isFrame = frame.startsWith("at ");
      if ((isFrame && framework(frame.substring(3))) || frame.startsWith("... ") || kept.size() >= MAX_LINES) {
        dropped++;
        continue;
      }
      kept.add(isFrame ? "    " + frame : line.stripTrailing());
    }
    if (dropped > 0) {
      kept.add("    (" + dropped + " more lines)");
    }
    return String.join("\n", kept);
  }

  private static boolean framework(String frame) {
    return FRAMEWORK.stream().anyMatch(frame::startsWith);
  }
}
