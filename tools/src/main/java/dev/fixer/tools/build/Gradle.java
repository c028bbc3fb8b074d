package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A Gradle build, through {@code ./gradlew} when the repository has one; offline once set up. */
final class Gradle implements Build {

  private static final String OPTIONS = "--no-daemon --console=plain";

  private final Path root;
  private final String executable;

  Gradle(Path root) {
    this.root = root;
    Path wrapper = root.resolve("gradlew");
    this.executable = Files.isRegularFile(wrapper) ? "bash ./gradlew" : "gradle";
  }

  @Override
  public String name() {
    return "Gradle";
  }

  @Override
  public String description() {
    return executable.equals("gradle") ? "Gradle" : "Gradle (with ./gradlew)";
  }

  /**
   * {@code testClasses}, which fetches the wrapper's distribution and the dependencies; a failure ends
   * with a line saying what the setup needs, as the wrapper's own errors do not.
   */
  @Override
  public String setupScript() {
    if (executable.equals("gradle")) {
      return "if ! command -v gradle >/dev/null; then echo 'fixer setup: this Gradle build has no wrapper (./gradlew)"
          + " and the sandbox has no gradle: add the wrapper to the repository (gradle wrapper), or name an image"
          + " with Gradle in .fixer.yml (image:)'; exit 127; fi; gradle " + OPTIONS + " testClasses";
    }
    return executable + " " + OPTIONS + " testClasses || { status=$?; echo \"fixer setup: ./gradlew failed (exit"
        + " $status): if it could not download its Gradle distribution (distributionUrl in"
        + " gradle/wrapper/gradle-wrapper.properties) or the dependencies, the sandbox needs the network during setup"
        + " or an image with them (.fixer.yml image:)\"; exit $status; }";
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    StringBuilder script = new StringBuilder(executable + " " + OPTIONS + " --offline test");
    for (String test : tests) {
      script.append(" --tests ").append(Shell.quote(test.replace('#', '.')));
    }
    return TestCommand.of(script.toString());
  }

  /** The JVM test classes among {@code testFiles}, by simple name as {@code --tests} takes them. */
  @Override
  public Optional<TestSelection> testsIn(List<String> testFiles) {
    return JvmTestSelection.of(root, testFiles, path -> true);
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return JUnitXmlReports.read(root, before);
  }
}
