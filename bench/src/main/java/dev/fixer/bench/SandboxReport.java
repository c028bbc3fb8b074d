package dev.fixer.bench;

import dev.fixer.sandbox.BubblewrapSandbox;
import dev.fixer.sandbox.DockerEngine;
import dev.fixer.sandbox.DockerSandbox;
import dev.fixer.sandbox.ImageSource;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.sandbox.SandboxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The section that sets Docker, bubblewrap and the local sandbox side by side. */
final class SandboxReport {

  private static final int STARTS = 10;
  private static final int EXECS = 100;
  private static final int TEST_RUNS = 5;

  private SandboxReport() {}

  static void write(StringBuilder out, Path scratch) throws IOException, InterruptedException {
    out.append("## Sandboxes: Docker, bubblewrap, local\n\n")
        .append("*Start*: create the sandbox, run `true` in it once, close it (for Docker: container create, start,")
        .append(" the first exec, forced removal); ").append(STARTS)
        .append(" runs after 1 unmeasured, milliseconds. *Exec round trip*: ").append(EXECS)
        .append(" runs of `true` in one open sandbox after 20 warm-up runs (for Docker a request to the container's")
        .append(" long-lived shell, which kills whatever the command left running), milliseconds. *run_tests*: a small Maven")
        .append(" project (two modules, `core` and `app`, each with one passing JUnit 5 test) in its own workspace and cache per")
        .append(" sandbox; the setup phase runs `mvn test` with the network on, then the network is closed, then ")
        .append(TEST_RUNS).append(" calls of the real `run_tests` tool on the whole suite (`mvn -o test`), seconds.")
        .append(" Docker runs fixer's default image with the default limits.\n\n");
    List<ToolsBench.Kind> kinds = new ArrayList<>();
    DockerEngine engine = null;
    try {
      engine = DockerEngine.connect();
      String image = engine.image(ImageSource.standard(), line -> System.err.println("docker build: " + line));
      DockerEngine connected = engine;
      kinds.add(new ToolsBench.Kind("Docker (" + image + ")",
          config -> DockerSandbox.create(connected, config, image)));
    } catch (SandboxException e) {
      out.append("Docker: not measured: ").append(e.getMessage().replace('\n', ' ')).append("\n\n");
    }
    try {
      kinds.add(new ToolsBench.Kind("bubblewrap", SandboxReport::bubblewrap));
      kinds.add(new ToolsBench.Kind("local (none)", LocalSandbox::create));
      measure(out, kinds, Files.createDirectories(scratch.resolve("sandboxes")));
    } finally {
      if (engine != null) {
        engine.close();
      }
    }
  }

  private static void measure(StringBuilder out, List<ToolsBench.Kind> kinds, Path scratch)
      throws IOException, InterruptedException {
    StringBuilder starts = table("start, ms", "p50 | p90 | max");
    StringBuilder execs = table("exec round trip, ms", "p50 | p90 | p99 | max");
    StringBuilder tests = table("run_tests, s", "p50 | max | passed");
    for (int i = 0; i < kinds.size(); i++) {
      ToolsBench.Kind kind = kinds.get(i);
      Path dir = scratch.resolve("sandbox-" + i);
      SandboxConfig empty = SandboxConfig.of(Files.createDirectories(dir.resolve("empty")), dir.resolve("cache"));
      Stats start = Stats.of(SandboxBench.starts(kind, empty, STARTS), t -> t);
      starts.append("| ").append(kind.name()).append(" | ").append(start.ms(50)).append(" | ").append(start.ms(90))
          .append(" | ").append(start.ms(100)).append(" |\n");
      Stats exec = Stats.of(SandboxBench.execs(kind, empty, EXECS), t -> t);
      execs.append("| ").append(kind.name()).append(" | ").append(exec.row()).append(" |\n");
      SandboxConfig project = SandboxConfig.of(Files.createDirectories(dir.resolve("project")), dir.resolve("test-cache"));
      SandboxBench.TestRuns runs = SandboxBench.runTests(kind, project, TEST_RUNS);
      Stats test = Stats.of(runs.nanos(), t -> t);
      tests.append(String.format("| %s | %.2f | %.2f | %d of %d |%n", kind.name(), test.seconds(50),
          test.seconds(100), runs.passed(), TEST_RUNS));
    }
    out.append(starts).append('\n').append(execs).append('\n').append(tests).append('\n');
  }

  private static StringBuilder table(String what, String columns) {
    int count = columns.split("\\|").length;
    return new StringBuilder("| sandbox (").append(what).append(") | ").append(columns).append(" |\n|---|")
        .append("---|".repeat(count)).append('\n');
  }

  private static BubblewrapSandbox bubblewrap(SandboxConfig config) {
    try {
      return BubblewrapSandbox.create(config);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting bubblewrap", e);
    }
  }
}
