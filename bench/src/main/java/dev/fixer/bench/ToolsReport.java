package dev.fixer.bench;

import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The tools and sandboxes sections of the report. */
final class ToolsReport {

  private static final int EXEC_RUNS = 200;
  private static final int SEARCH_RUNS = 30;
  private static final List<String> QUERIES = List.of(
      "class\\s+ConcurrentHashMap\\b", "synchronized\\s*\\(", "import");

  private ToolsReport() {}

  static void write(StringBuilder out, Path jdkSource, Path scratch) throws IOException, InterruptedException {
    execRoundTrip(out, scratch);
    ToolCallsReport.write(out, jdkSource, scratch);
    if (jdkSource == null || !Files.isDirectory(jdkSource)) {
      out.append("## search_code against raw ripgrep\n\nSkipped: no unpacked JDK src.zip was given"
          + " (bench/run unpacks the first src.zip it finds under /usr/lib/jvm).\n\n");
      return;
    }
    searchAgainstRipgrep(out, jdkSource.toRealPath(), scratch);
  }

  private static void execRoundTrip(StringBuilder out, Path scratch) throws IOException, InterruptedException {
    out.append("## Sandbox exec round trip\n\n")
        .append(EXEC_RUNS).append(" runs of `true` after 20 warm-up runs: from `exec` called to the result back,")
        .append(" with the resource limits applied, the jail built (bubblewrap) and the output drained. Milliseconds.\n\n")
        .append("| sandbox | p50 | p90 | p99 | max |\n|---|---|---|---|---|\n");
    Path workspace = Files.createDirectories(scratch.resolve("exec-workspace"));
    for (ToolsBench.Kind kind : ToolsBench.KINDS) {
      try (Sandbox sandbox = kind.factory().apply(SandboxConfig.of(workspace, scratch.resolve("exec-cache")))) {
        List<Long> times = ToolsBench.execRoundTrip(sandbox, EXEC_RUNS);
        out.append("| ").append(sandbox.describe()).append(" | ").append(Stats.of(times, t -> t).row()).append(" |\n");
      }
    }
    out.append('\n');
  }

  private static void searchAgainstRipgrep(StringBuilder out, Path tree, Path scratch) throws IOException, InterruptedException {
    long files;
    try (var walk = Files.walk(tree)) {
      files = walk.filter(Files::isRegularFile).count();
    }
    out.append("## search_code against raw ripgrep\n\n")
        .append("The JDK's `src.zip` unpacked: ").append(String.format("%,d", files)).append(" files, warm in the page")
        .append(" cache. *raw rg* is `rg -n QUERY .` or `rg --json QUERY .` on the host with its output read through a pipe; *search_code* is")
        .append(" the tool's whole call: `rg --json` in the sandbox, the output drained, parsed and rendered. The runs take turns (raw rg, raw rg --json, each sandbox's")
        .append(" search_code) so that noise falls on all alike; median of ")
        .append(SEARCH_RUNS).append(" runs each after 3 warm-up rounds, milliseconds; the target is within 1.2x of raw rg.\n\n")
        .append("| query | matches | raw `rg -n` | raw `rg --json` |");
    ToolsBench.KINDS.forEach(k -> out.append(" search_code, ").append(k.name()).append(" | ratio to -n / --json |"));
    out.append("\n|---|---|---|---|").append("---|---|".repeat(ToolsBench.KINDS.size())).append('\n');
    for (String query : QUERIES) {
      List<Sandbox> sandboxes = new ArrayList<>();
      try {
        List<Tool> tools = new ArrayList<>();
        for (ToolsBench.Kind kind : ToolsBench.KINDS) {
          Sandbox sandbox = kind.factory().apply(SandboxConfig.of(tree, scratch.resolve("search-cache")));
          sandboxes.add(sandbox);
          tools.add(ToolsBench.searchTool(tree, sandbox));
        }
        searchRow(out, tree, query, tools);
      } finally {
        sandboxes.forEach(Sandbox::close);
      }
    }
    out.append('\n');
  }

  /** One row; the runs of raw rg and of each tool take turns, so that noise falls on all alike. */
  private static void searchRow(StringBuilder out, Path tree, String query, List<Tool> tools)
      throws IOException, InterruptedException {
    List<Long> rawText = new ArrayList<>();
    List<Long> rawJson = new ArrayList<>();
    List<List<Long>> called = new ArrayList<>();
    tools.forEach(t -> called.add(new ArrayList<>()));
    for (int run = -3; run < SEARCH_RUNS; run++) {
      int warmup = run < 0 ? 1 : 0;
      rawText.addAll(ToolsBench.rawRipgrep(tree, List.of("-n"), query, warmup, 1 - warmup));
      rawJson.addAll(ToolsBench.rawRipgrep(tree, List.of("--json"), query, warmup, 1 - warmup));
      for (int i = 0; i < tools.size(); i++) {
        called.get(i).addAll(ToolsBench.toolCalls(tools.get(i), ToolsBench.search(query), warmup, 1 - warmup));
      }
    }
    String matches = tools.get(0).call(ToolsBench.search(query), new ToolContext(1, "bench", null)).output().split(" ", 2)[0];
    out.append("| `").append(query.replace("|", "\\|")).append("` | ").append(matches)
        .append(String.format(" | %.1f | %.1f |", median(rawText), median(rawJson)));
    for (List<Long> times : called) {
      double ms = median(times);
      out.append(String.format(" %.1f | %.2fx / %.2fx |", ms, ms / median(rawText), ms / median(rawJson)));
    }
    out.append('\n');
  }

  private static double median(List<Long> nanos) {
    return nanos.stream().sorted().skip(nanos.size() / 2).findFirst().orElseThrow() / 1e6;
  }
}
