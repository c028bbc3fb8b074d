package dev.fixer.tools.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A JavaScript project's {@code test} script, through npm, yarn or pnpm as its lockfile says. */
final class Node implements Build {

  private final String manager;
  private final boolean locked;

  Node(Path root) {
    if (Files.exists(root.resolve("pnpm-lock.yaml"))) {
      manager = "pnpm";
    } else if (Files.exists(root.resolve("yarn.lock"))) {
      manager = "yarn";
    } else {
      manager = "npm";
    }
    locked = !manager.equals("npm") || Files.exists(root.resolve("package-lock.json"));
  }

  @Override
  public String name() {
    return manager;
  }

  @Override
  public String description() {
    return "Node.js (" + manager + " test)";
  }

  @Override
  public String setupScript() {
    return switch (manager) {
      case "pnpm" -> "pnpm install --frozen-lockfile";
      case "yarn" -> "yarn install --frozen-lockfile";
      default -> locked ? "npm ci" : "npm install";
    };
  }

  @Override
  public TestCommand testCommand(List<String> tests) {
    if (tests.isEmpty()) {
      return TestCommand.of(manager + " test");
    }
    String separator = manager.equals("npm") ? " -- " : " ";
    return TestCommand.of(manager + " test" + separator + Shell.quoteAll(tests));
  }

  @Override
  public Optional<TestReport> read(Path root, String output, ReportFiles before) {
    return JsTestOutput.read(output);
  }
}
