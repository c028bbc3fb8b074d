package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Node.js project: set up by its package manager ({@link NodeManager}); tested by the runner its
 * {@code test} script invokes ({@link TestScript}: node --test, mocha, jest or vitest), run directly
 * with a reporter fixer reads, selecting files or tests by title; else by {@code npm test}, which
 * cannot select tests and says so.
 */
final class Node implements Build {

  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.*+?()\\[\\]{}|/]");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" › | > ");

  private final Path root;
  private final NodeManager manager;
  private final PackageJson json;
  private final Optional<TestScript> script;

  Node(Path root) {
    this.root = root;
    this.json = PackageJson.at(root);
    this.manager = NodeManager.of(root, json);
    this.script = TestScript.find(json.testScript());
  }

  @Override
  public String name() {
    return manager.name();
  }

  @Override
  public String description() {
    String tests = script.map(found -> "tests with " + found.runner().label())
        .orElse(manager.name() + " test" + (json.testScript().isEmpty() ? ", but package.json has no test script" : ""));
    return "Node.js (" + manager.name() + ", " + manager.why()
        + (manager.supported() ? "" : ", not supported") + "; " + tests + ")";
  }

  @Override
  public String setupScript() {
    return manager.setupScript();
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    if (script.isEmpty() || !manager.supported()) {
      return tests.isEmpty() || !manager.supported() ? TestCommand.of(manager.testScript())
          : new TestCommand(manager.testScript(), "ran the whole suite: the test script ("
              + (json.testScript().isEmpty() ? "none" : json.testScript()) + ") runs no test runner fixer can select"
              + " tests with (node --test, mocha, jest, vitest); set test: with a {tests} placeholder in .fixer.yml");
    }
    List<String> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> leaves = new ArrayList<>();
    boolean plainFiles = false;
    for (String test : tests) {
      String path = RepoPaths.normalise(test);
      String[] titles = TITLE_SEPARATOR.split(test.strip());
      if (!path.isEmpty() && Files.exists(root.resolve(path))) {
        files.add(path);
        plainFiles = true;
      } else if (titles.length > 1 && Files.isRegularFile(root.resolve(RepoPaths.normalise(titles[0])))) {
        files.add(RepoPaths.normalise(titles[0]));
        names.add(String.join(" ", List.of(titles).subList(1, titles.length)));
        leaves.add(titles[titles.length - 1]);
      } else {
        names.add(String.join(" ", titles));
        leaves.add(titles[titles.length - 1]);
      }
    }
    TestScript found = script.get();
    if (plainFiles && !names.isEmpty()) {
      return new TestCommand(manager.preamble() + found.command(List.of(), ""), "ran the whole suite: "
          + found.runner().label() + " cannot run some files and some tests by name at once; name either");
    }
    return TestCommand.of(manager.preamble() + found.command(files.stream().distinct().toList(),
        nameRegex(names, found.runner() == JsRunner.NODE_TEST ? leaves : List.of())));
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return JsTestOutput.read(output);
  }

  /**
   * A full title ({@code suite test}) ending in one of {@code names}; for node --test, whose patterns
   * match a test's own name before Node 22, its last title too.
   */
  private static String nameRegex(List<String> names, List<String> leaves) {
    if (names.isEmpty()) {
      return "";
    }
    List<String> alternatives = new ArrayList<>(names);
    alternatives.addAll(leaves);
    return "(?:^|\\s)(?:" + alternatives.stream().distinct()
        .map(name -> REGEX_SPECIAL.matcher(name).replaceAll("\\\\$0")).collect(Collectors.joining("|")) + ")$";
  }
}
