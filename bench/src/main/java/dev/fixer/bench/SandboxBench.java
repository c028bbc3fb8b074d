package dev.fixer.bench;

import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.Setup;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.Workspace;
import dev.fixer.tools.testing.MavenProjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sandbox's start, its exec round trip, and run_tests on a tiny Maven project in it. */
final class SandboxBench {

  private static final ToolContext CONTEXT = new ToolContext(1, "bench", null);


  /** Nanoseconds of each run_tests call, and how many of them passed. */
  record TestRuns(List<Long> nanos, int passed) {}

  private SandboxBench() {}

  /** Nanoseconds of {@code runs} creations that run {@code true} once and close, after one unmeasured. */
  static List<Long> starts(ToolsBench.Kind kind, SandboxConfig config, int runs) throws InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i <= runs; i++) {
      long start = System.nanoTime();
      try (Sandbox sandbox = kind.factory().apply(config)) {
        if (!sandbox.exec(ExecRequest.of("true")).succeeded()) {
          throw new IllegalStateException("`true` failed in a fresh " + kind.name() + " sandbox");
        }
      }
      if (i > 0) {
        times.add(System.nanoTime() - start);
      }
    }
    return times;
  }

  /** Nanoseconds of {@code runs} round trips of {@code true} in one sandbox, after 20 unmeasured. */
  static List<Long> execs(ToolsBench.Kind kind, SandboxConfig config, int runs) throws InterruptedException {
    try (Sandbox sandbox = kind.factory().apply(config)) {
      return ToolsBench.execRoundTrip(sandbox, runs);
    }
  }

  /**
   * Writes {@link #writeProject the project} into the config's workspace, runs the setup phase
   * (network on, then closed), then times {@code runs} calls of run_tests on the whole suite.
   */
  static TestRuns runTests(ToolsBench.Kind kind, SandboxConfig config, int runs) throws IOException, InterruptedException {
    MavenProjects.multiModule(config.workspace());
    try (Sandbox sandbox = kind.factory().apply(config)) {
      setUp(sandbox, config, kind.name());
      RunTestsTool tool = new RunTestsTool(Workspace.at(config.workspace(), sandbox.workdir()), sandbox, Optional.empty());
      List<Long> times = new ArrayList<>();
      int passed = 0;
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        ToolResult result = tool.call(ToolsBench.empty(), CONTEXT);
        times.add(System.nanoTime() - start);
        passed += result instanceof ToolResult.Success ? 1 : 0;
      }
      return new TestRuns(times, passed);
    }
  }

  private static void setUp(Sandbox sandbox, SandboxConfig config, String where) throws InterruptedException {
    SetupResult setup = Setup.run(Workspace.at(config.workspace(), sandbox.workdir()), sandbox, Optional.empty(),
        Setup.DEFAULT_TIMEOUT);
    if (!setup.succeeded()) {
      throw new IllegalStateException("the Maven setup failed in " + where + ":\n" + setup.outputTail());
    }
  }

}
