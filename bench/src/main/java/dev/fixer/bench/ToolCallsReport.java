package dev.fixer.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.tools.Setup;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.Toolbox;
import dev.fixer.tools.Workspace;
import dev.fixer.tools.testing.MavenProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The cost of one call of each tool, in each sandbox, on a small real repository. */
final class ToolCallsReport {

  private static final int RUNS = 50;
  private static final int TEST_RUNS = 5;
  private static final ToolContext CONTEXT = new ToolContext(1, "bench", null);

  private ToolCallsReport() {}

  static void write(StringBuilder out, Path jdkSource, Path scratch) throws IOException, InterruptedException {
    Path repo = Files.createDirectories(scratch.resolve("calls-repo"));
    MavenProjects.singleModule(repo);
    copyConcurrentSources(jdkSource, repo.resolve("jdk"));
    out.append("## Tool calls\n\n")
        .append("One call of each tool on a small real repository: the single-module Maven project of the tests")
        .append(" (one passing and one failing test) plus the JDK's `java.util.concurrent` sources under `jdk/`.")
        .append(" The setup phase ran first (network on), then the network was closed. ").append(RUNS)
        .append(" calls each after 3 warm-up calls; `run_tests` (the whole suite, Maven offline) ").append(TEST_RUNS)
        .append(" calls after 1. Milliseconds, p50 / p90.\n\n| tool | arguments |");
    ToolsBench.KINDS.forEach(k -> out.append(' ').append(k.name()).append(" |"));
    out.append("\n|---|---|").append("---|".repeat(ToolsBench.KINDS.size())).append('\n');
    List<List<String>> cells = new ArrayList<>();
    for (ToolsBench.Kind kind : ToolsBench.KINDS) {
      try (Sandbox sandbox = kind.factory().apply(SandboxConfig.of(repo, scratch.resolve("calls-cache")))) {
        Workspace workspace = Workspace.at(repo, sandbox.workdir());
        SetupResult setup = Setup.run(workspace, sandbox, Optional.empty(), Setup.DEFAULT_TIMEOUT);
        if (!setup.succeeded()) {
          throw new IllegalStateException("setup failed in " + kind.name() + ":\n" + setup.outputTail());
        }
        cells.add(measure(Toolbox.standard(workspace, sandbox, Optional.empty())));
      }
    }
    List<String> rows = List.of(
        "read_file | `jdk/ConcurrentHashMap.java` (first window)", "list_files | root, depth 2",
        "search_code | `class\\s+\\w+Queue`", "edit | one line in `CalcTest.java`", "run_command | `true`",
        "run_tests | whole suite");
    for (int row = 0; row < rows.size(); row++) {
      out.append("| ").append(rows.get(row)).append(" |");
      for (List<String> column : cells) {
        out.append(' ').append(column.get(row)).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static List<String> measure(List<Tool> tools) throws InterruptedException {
    List<String> cells = new ArrayList<>();
    cells.add(time(tool(tools, "read_file"), args("path", "jdk/ConcurrentHashMap.java"), RUNS));
    cells.add(time(tool(tools, "list_files"), ToolsBench.empty(), RUNS));
    cells.add(time(tool(tools, "search_code"), ToolsBench.search("class\\s+\\w+Queue"), RUNS));
    cells.add(editTimes(tool(tools, "edit")));
    cells.add(time(tool(tools, "run_command"), ToolsBench.command("true"), RUNS));
    cells.add(time(tool(tools, "run_tests"), ToolsBench.empty(), TEST_RUNS));
    return cells;
  }

  private static String time(Tool tool, ObjectNode arguments, int runs) throws InterruptedException {
    return percentiles(ToolsBench.toolCalls(tool, arguments, runs == TEST_RUNS ? 1 : 3, runs));
  }

  /** Edits that take turns changing a test's name and changing it back. */
  private static String editTimes(Tool edit) throws InterruptedException {
    ObjectNode forth = args("path", "src/test/java/demo/CalcTest.java").put("old_str", "addsTwoNumbers()")
        .put("new_str", "addsTwoNumbersRenamed()");
    ObjectNode back = forth.deepCopy().put("old_str", "addsTwoNumbersRenamed()").put("new_str", "addsTwoNumbers()");
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < RUNS + 4; i++) {
      long start = System.nanoTime();
      String output = edit.call(i % 2 == 0 ? forth : back, CONTEXT).output();
      if (!output.startsWith("edited")) {
        throw new IllegalStateException("the edit benchmark's edit failed: " + output);
      }
      if (i >= 4) {
        times.add(System.nanoTime() - start);
      }
    }
    return percentiles(times);
  }

  private static String percentiles(List<Long> nanos) {
    Stats stats = Stats.of(nanos, t -> t);
    return stats.ms(50) + " / " + stats.ms(90);
  }

  private static Tool tool(List<Tool> tools, String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static ObjectNode args(String name, String value) {
    return ToolsBench.empty().put(name, value);
  }

  private static void copyConcurrentSources(Path jdkSource, Path target) throws IOException {
    Files.createDirectories(target);
    Path concurrent = jdkSource == null ? null : jdkSource.resolve("java.base/java/util/concurrent");
    if (concurrent == null || !Files.isDirectory(concurrent)) {
      Files.writeString(target.resolve("ConcurrentHashMap.java"), "class ConcurrentHashMap {}\n".repeat(2000));
      return;
    }
    try (Stream<Path> files = Files.list(concurrent)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
