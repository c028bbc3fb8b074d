package dev.fixer.tools.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A Go module tested by {@code go test -json ./...}; named tests become a {@code -run} pattern. */
final class GoTest implements Build {

  private static final String GO_TEST = "GOPROXY=off go test -json -count=1";
  private static final Pattern TEST_FUNCTION = Pattern.compile("^func (Test\\w+)\\(", Pattern.MULTILINE);
  /** The function of a test id: {@code example.com/calc.TestSub/case} gives {@code TestSub}. */
  private static final Pattern FUNCTION_OF_ID = Pattern.compile("(?:^|\\.)(Test\\w*)(?=/|$)");

  private final Path root;

  GoTest(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "go test";
  }

  @Override
  public String description() {
    return "Go module (go test)";
  }

  @Override
  public String setupScript() {
    return "go mod download && go test -count=1 -run '^$' ./...";
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    String run = tests.isEmpty() ? ""
        : " -run " + Shell.quote("^(" + tests.stream().collect(Collectors.joining("|")) + ")$");
    return TestCommand.of(GO_TEST + run + " ./...");
  }

  /** The {@code Test...} functions of the {@code _test.go} files among {@code testFiles}, {@code TestMain} aside. */
  @Override
  public Optional<TestSelection> testsIn(List<String> testFiles) {
    Set<String> functions = new LinkedHashSet<>();
    for (String file : testFiles) {
      String path = RepoPaths.normalise(file);
      if (path.endsWith("_test.go")) {
        functions.addAll(functionsIn(root.resolve(path)));
      }
    }
    functions.remove("TestMain");
    if (functions.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = Set.copyOf(functions);
    return Optional.of(new TestSelection(List.copyOf(functions), id -> {
      Matcher function = FUNCTION_OF_ID.matcher(id);
      return function.find() && names.contains(function.group(1));
    }));
  }

  /**
   * {@code go test ./dir/...} for the directory of each changed file; the packages that import them
   * are not run. A change at the root ({@code go.mod}, the root package) runs the whole suite.
   */
  @Override
  public Optional<TestCommand> moduleTests(List<String> changedFiles) {
    Set<String> dirs = new LinkedHashSet<>();
    for (String file : changedFiles) {
      String dir = packageDirectory(RepoPaths.normalise(file));
      if (dir.isEmpty()) {
        return Optional.empty();
      }
      dirs.add(dir);
    }
    List<String> outermost = dirs.stream()
        .filter(dir -> dirs.stream().noneMatch(other -> dir.startsWith(other + "/")))
        .map(dir -> "./" + dir + "/...")
        .toList();
    if (outermost.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TestCommand(GO_TEST + " " + Shell.quoteAll(outermost),
        "ran the tests of the changed packages " + String.join(", ", outermost)
            + ", not of the packages importing them"));
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return GoTestJson.read(output);
  }

  /** The directory of the package a file belongs to: its own, above any {@code testdata}. */
  private static String packageDirectory(String file) {
    String dir = RepoPaths.directory(file);
    int testdata = ("/" + dir + "/").indexOf("/testdata/");
    return testdata < 0 ? dir : dir.substring(0, Math.max(0, testdata - 1));
  }

  private static Set<String> functionsIn(Path file) {
    Set<String> found = new LinkedHashSet<>();
    try {
      Matcher function = TEST_FUNCTION.matcher(Files.readString(file));
      while (function.find()) {
        found.add(function.group(1));
      }
    } catch (IOException unreadable) {
      // a deleted or unreadable test file holds no test to run
    }
    return found;
  }
}
