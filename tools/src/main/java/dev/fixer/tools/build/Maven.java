package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Maven build, through {@code ./mvnw} when the repository has one; offline once set up. */
final class Maven implements Build {

  static final String OPTIONS = "-B -Dmaven.repo.local=\"$HOME/.m2/repository\" -Dstyle.color=never";
  private static final int MAX_ERROR_LINES = 40;
  private static final List<String> BOILERPLATE = List.of("-> [Help", "To see the full stack trace",
      "Re-run Maven", "For more information about the errors", "[Help ");

  private final Path root;
  private final String executable;
  private final List<String> modules;

  Maven(Path root) {
    this.root = root;
    Path wrapper = root.resolve("mvnw");
    this.executable = Files.isRegularFile(wrapper) && Files.isExecutable(wrapper) ? "./mvnw" : "mvn";
    this.modules = MavenModules.declared(root);
  }

  @Override
  public String name() {
    return "Maven";
  }

  @Override
  public String description() {
    String wrapper = executable.equals("./mvnw") ? ", with ./mvnw" : "";
    return modules.isEmpty()
        ? "Maven" + (wrapper.isEmpty() ? "" : " (" + wrapper.substring(2) + ")")
        : "Maven (multi-module: " + String.join(", ", modules) + wrapper + ")";
  }

  /** Runs the whole suite once, failures ignored: only a real run makes surefire resolve its provider. */
  @Override
  public String setupScript() {
    return executable + " " + OPTIONS + " test -Dmaven.test.failure.ignore=true";
  }

  @Override
  public TestCommand testCommand(List<String> tests) throws UnknownTestException {
    String base = executable + " " + OPTIONS + " -o test";
    if (tests.isEmpty()) {
      return TestCommand.of(base);
    }
    tests = tests.stream().flatMap(test -> Arrays.stream(test.split(","))).map(String::strip)
        .filter(test -> !test.isEmpty()).toList();
    String selection = " -Dtest=" + Shell.quote(String.join(",", tests))
        + " -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false";
    MavenTestClasses classes = new MavenTestClasses(root);
    Set<String> dirs = new LinkedHashSet<>();
    for (String test : tests) {
      dirs.addAll(classes.modulesOf(test));
    }
    dirs.remove("");
    if (dirs.isEmpty() || modules.isEmpty()) {
      return TestCommand.of(base + selection);
    }
    return new TestCommand(base + selection + " -pl " + Shell.quote(String.join(",", dirs)) + " -am",
        "ran in module" + (dirs.size() == 1 ? " " : "s ") + String.join(", ", dirs)
            + " (and the modules it depends on)");
  }

  /** The test classes among {@code testFiles} under a {@code src/test/} directory, where surefire finds them. */
  @Override
  public Optional<TestSelection> testsIn(List<String> testFiles) {
    return JvmTestSelection.of(root, testFiles, path -> path.startsWith("src/test/") || path.contains("/src/test/"));
  }

  /**
   * {@code -pl <modules> -am -amd}: the modules holding the changes, those that depend on them, and
   * those they need (not installed in the sandbox's repository, so built in the same reactor). A file
   * outside every module, the root pom among them, runs the whole suite.
   */
  @Override
  public Optional<TestCommand> moduleTests(List<String> changedFiles) {
    List<String> all = MavenModules.all(root);
    if (all.isEmpty() || changedFiles.isEmpty()) {
      return Optional.empty();
    }
    Set<String> changed = new LinkedHashSet<>();
    for (String file : changedFiles) {
      Optional<String> module = MavenModules.holding(all, RepoPaths.normalise(file));
      if (module.isEmpty()) {
        return Optional.empty();
      }
      changed.add(module.get());
    }
    String list = String.join(", ", changed);
    return Optional.of(new TestCommand(
        executable + " " + OPTIONS + " -o test -pl " + Shell.quote(String.join(",", changed)) + " -am -amd",
        "ran the tests of the changed module" + (changed.size() == 1 ? " " : "s ") + list
            + ", of the modules depending on " + (changed.size() == 1 ? "it" : "them")
            + " and of the modules " + (changed.size() == 1 ? "it needs" : "they need")));
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return JUnitXmlReports.read(root, before);
  }

  @Override
  public List<String> buildErrors(String output) {
    Set<String> errors = new LinkedHashSet<>();
    for (String line : output.split("\\R")) {
      if (essentialError(line) && errors.size() < MAX_ERROR_LINES) {
        errors.add(line);
      }
    }
    return List.copyOf(errors);
  }

  private static boolean essentialError(String line) {
    if (!line.startsWith("[ERROR]")) {
      return false;
    }
    String text = line.substring("[ERROR]".length()).strip();
    return !text.isEmpty() && BOILERPLATE.stream().noneMatch(text::startsWith);
  }
}
