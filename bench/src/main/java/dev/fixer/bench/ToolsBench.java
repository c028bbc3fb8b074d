package dev.fixer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.sandbox.BubblewrapSandbox;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.tools.RunCommandTool;
import dev.fixer.tools.SearchCodeTool;
import dev.fixer.tools.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The sandboxes' exec round trip, and search_code against raw ripgrep on a large tree. */
final class ToolsBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ToolContext CONTEXT = new ToolContext(1, "bench", null);

  /** A named way to make a sandbox on a workspace. */
  record Kind(String name, Function<SandboxConfig, Sandbox> factory) {}

  static final List<Kind> KINDS = List.of(
      new Kind("bubblewrap", config -> {
        try {
          return BubblewrapSandbox.create(config);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }),
      new Kind("local (none)", LocalSandbox::create));

  private ToolsBench() {}

  /** Nanoseconds of {@code runs} round trips of {@code true} in the sandbox, after a warm-up. */
  static List<Long> execRoundTrip(Sandbox sandbox, int runs) throws InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs + 20; i++) {
      long start = System.nanoTime();
      sandbox.exec(ExecRequest.of("true"));
      if (i >= 20) {
        times.add(System.nanoTime() - start);
      }
    }
    return times;
  }

  /** Nanoseconds of {@code runs} calls of {@code tool} with {@code arguments}, after {@code warmups}. */
  static List<Long> toolCalls(Tool tool, ObjectNode arguments, int warmups, int runs) throws InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs + warmups; i++) {
      long start = System.nanoTime();
      tool.call(arguments, CONTEXT);
      if (i >= warmups) {
        times.add(System.nanoTime() - start);
      }
    }
    return times;
  }

  /** Nanoseconds of {@code runs} {@code rg FORMAT query .} on the host, read through a pipe, after {@code warmups}. */
  static List<Long> rawRipgrep(Path tree, List<String> format, String query, int warmups, int runs)
      throws IOException, InterruptedException {
    List<Long> times = new ArrayList<>();
    byte[] buffer = new byte[64 * 1024];
    for (int i = 0; i < runs + warmups; i++) {
      long start = System.nanoTime();
      List<String> argv = new ArrayList<>(List.of("rg"));
      argv.addAll(format);
      argv.addAll(List.of("--regexp", query, "."));
      Process rg = new ProcessBuilder(argv).directory(tree.toFile()).start();
      try (InputStream out = rg.getInputStream()) {
        while (out.read(buffer) >= 0) {
          // drained as a caller would
        }
      }
      rg.waitFor();
      if (i >= warmups) {
        times.add(System.nanoTime() - start);
      }
    }
    return times;
  }

  static ObjectNode empty() {
    return JSON.createObjectNode();
  }

  static ObjectNode search(String query) {
    return JSON.createObjectNode().put("query", query);
  }

  static ObjectNode command(String line) {
    return JSON.createObjectNode().put("command", line);
  }

  static SearchCodeTool searchTool(Path tree, Sandbox sandbox) {
    return new SearchCodeTool(Workspace.at(tree, sandbox.workdir()), sandbox);
  }

  static RunCommandTool commandTool(Path tree, Sandbox sandbox) {
    return new RunCommandTool(Workspace.at(tree, sandbox.workdir()), sandbox);
  }
}
