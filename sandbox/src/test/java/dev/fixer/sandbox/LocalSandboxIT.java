package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The little the local sandbox promises: a clean environment, the limits, and the tree killed. */
class LocalSandboxIT {

  @TempDir Path dir;
  Path workspace;
  LocalSandbox sandbox;

  @BeforeEach
  void create() throws Exception {
    workspace = Files.createDirectories(dir.resolve("repo"));
    sandbox = LocalSandbox.create(SandboxConfig.of(workspace, dir.resolve("cache"))
        .withLimits(ResourceLimits.DEFAULT.withFileSizeBytes(1L << 20).withKillAfterOutputBytes(8L << 20)));
  }

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void runsInTheWorkspaceWithItsOwnHomeInTheCache() throws Exception {
    ExecResult result = sandbox.exec(ExecRequest.shell("pwd; echo $HOME"));

    assertThat(result.stdout()).isEqualTo(workspace + "\n" + dir.resolve("cache/home-local-" + SandboxUser.self()) + "\n");
    assertThat(sandbox.workdir()).isEqualTo(workspace.toString());
  }

  @Test
  void aListenerSeesTheOutputWhileTheCommandRuns() throws Exception {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Path gate = dir.resolve("gate");

    ExecResult result = sandbox.exec(ExecRequest.shell("echo first; echo second >&2; while [ ! -e " + gate
        + " ]; do sleep 0.05; done; echo third").withListener(line -> {
          seen.add(line);
          if (line.equals("second")) {
            gate.toFile().mkdir();
          }
        }));

    assertThat(seen).containsExactly("first", "second", "third");
    assertThat(result.stdout()).isEqualTo("first\nsecond\nthird\n");
  }

  @Test
  void passesNothingOfTheHostEnvironment() throws Exception {
    ExecResult result = sandbox.exec(ExecRequest.of("env"));

    Set<String> names = new TreeSet<>();
    result.stdout().lines().forEach(line -> names.add(line.substring(0, line.indexOf('='))));
    assertThat(names).contains("PATH", "HOME")
        .isSubsetOf("PATH", "HOME", "LANG", "TERM", "TMPDIR", "CI", "PWD", "JAVA_TOOL_OPTIONS");
    assertThat(result.stdout()).contains("JAVA_TOOL_OPTIONS=-XX:MaxRAM=" + ResourceLimits.DEFAULT.memoryBytes());
  }

  @Test
  void killsBackgroundChildrenAtTheTimeout() throws Exception {
    String marker = "33" + (System.nanoTime() % 1000);
    ExecResult result = sandbox.exec(ExecRequest.shell("sleep " + marker + " & sleep " + marker)
        .withTimeout(Duration.ofSeconds(1)));

    assertThat(result.timedOut()).isTrue();
    Thread.sleep(300);
    assertThat(ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("sleep " + marker)).orElse(false))).isEmpty();
  }

  @Test
  void stillAppliesTheLimits() throws Exception {
    ExecResult big = sandbox.exec(ExecRequest.shell("head -c 5000000 /dev/zero > big.bin"));
    ExecResult flood = sandbox.exec(ExecRequest.of("yes"));

    assertThat(big.exitCode()).isNotZero();
    assertThat(Files.size(workspace.resolve("big.bin"))).isLessThanOrEqualTo(1L << 20);
    assertThat(flood.outputLimited()).isTrue();
  }

  @Test
  void saysItIsolatesNothing() {
    assertThat(sandbox.describe()).contains("no isolation");
    assertThat(LocalSandbox.warning()).contains("--sandbox none", "network");
  }
}
