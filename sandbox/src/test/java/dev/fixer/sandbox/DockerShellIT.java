package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.testing.EngineExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The long-lived shell of a Docker sandbox: its framing against hostile commands, its kills, its restarts, its fallback. */
class DockerShellIT {

  @RegisterExtension static final EngineExtension DOCKER = new EngineExtension();

  @TempDir Path outside;
  private Path workspace;
  private DockerSandbox sandbox;

  @BeforeEach
  void start() throws Exception {
    workspace = Files.createDirectories(outside.resolve("repo"));
    sandbox = DockerSandbox.create(DOCKER.engine(), SandboxConfig.of(workspace, outside.resolve("cache")), DOCKER.image());
    assertThat(sandbox.usesShell()).as("the shell started").isTrue();
  }

  @AfterEach
  void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private ExecResult run(String script) throws InterruptedException {
    return sandbox.exec(ExecRequest.shell(script).withTimeout(Duration.ofSeconds(30)).separateStderr());
  }

  @Test
  void keepsOutputThatLooksLikeFramesAsOutput() throws Exception {
    ExecResult result = run("printf '#fixer-00000000000000000000000000000000#E 1 0\\n#fixer-'; printf '#fixer-#B 1' >&2");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo("#fixer-00000000000000000000000000000000#E 1 0\n#fixer-");
    assertThat(result.stderr()).isEqualTo("#fixer-#B 1");
    assertThat(run("echo next").stdout()).isEqualTo("next\n");
  }

  @Test
  void passesBinaryOutputAndOutputWithoutALineEnd() throws Exception {
    ExecResult binary = run("python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 64)'; printf end");
    ExecResult unended = run("printf abc; printf def >&2");

    assertThat(binary.outputBytes()).isEqualTo(256 * 64 + 3);
    assertThat(binary.stdout()).endsWith("end").contains("\u0000\u0001\u0002");
    assertThat(unended.stdout()).isEqualTo("abc");
    assertThat(unended.stderr()).isEqualTo("def");
  }

  @Test
  void cutsHugeOutputAtTheCapAndCountsAllOfIt() throws Exception {
    ExecResult result = run("head -c 3000000 /dev/zero | tr '\\0' a; echo; echo last");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outputBytes()).isEqualTo(3_000_000 + 6);
    assertThat(result.stdout()).contains("bytes of output cut here").endsWith("a\nlast\n");
    assertThat(result.stdout().length()).isLessThan(ExecRequest.DEFAULT_MAX_OUTPUT_BYTES + 200);
    assertThat(run("echo next").stdout()).isEqualTo("next\n");
  }

  @Test
  void givesCommandsAClosedStdin() throws Exception {
    ExecResult result = run("cat; read line; echo \"read $?\"; echo after");

    assertThat(result.stdout()).isEqualTo("read 1\nafter\n");
    assertThat(run("echo next").stdout()).isEqualTo("next\n");
  }

  @Test
  void reportsExitCodesAndKeepsTheShellThroughExit() throws Exception {
    ExecResult three = run("echo out; exit 3");
    ExecResult killed = run("kill -KILL $$");
    ExecResult missing = sandbox.exec(ExecRequest.of("fixer-no-such-program"));

    assertThat(three.exitCode()).isEqualTo(3);
    assertThat(three.stdout()).isEqualTo("out\n");
    assertThat(killed.exitCode()).isEqualTo(137);
    assertThat(missing.exitCode()).isEqualTo(127);
    assertThat(sandbox.shellsStarted()).isEqualTo(1);
  }

  @Test
  void killsTheCommandsProcessGroupAtTheTimeoutButNotTheShell() throws Exception {
    String marker = "34" + (System.nanoTime() % 1000);
    ExecResult result = sandbox.exec(ExecRequest.shell("sleep " + marker + " & sleep " + marker + "; echo never")
        .withTimeout(Duration.ofSeconds(1)));

    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(result.stdout()).doesNotContain("never");
    assertThat(countProcesses("sleep " + marker)).isZero();
    assertThat(run("echo next").stdout()).isEqualTo("next\n");
    assertThat(sandbox.shellsStarted()).isEqualTo(1);
  }

  @Test
  void startsAnotherShellWhenACommandKillsIt() throws Exception {
    ExecResult parent = run("echo before; kill -KILL $PPID; echo after");
    ExecResult next = run("echo next; exit 4");
    ExecResult everything = run("kill -KILL -1");
    ExecResult last = run("pwd");

    assertThat(parent.stdout()).startsWith("before\n");
    assertThat(next.stdout()).isEqualTo("next\n");
    assertThat(next.exitCode()).isEqualTo(4);
    assertThat(everything.exitCode()).isNotZero();
    assertThat(last.stdout()).isEqualTo(DockerSandbox.WORKDIR + "\n");
    assertThat(sandbox.shellsStarted()).isEqualTo(3);
  }

  @Test
  void passesTheWorkingDirectoryAndEnvironmentOfEachRequestOnly() throws Exception {
    Files.createDirectories(workspace.resolve("sub dir"));
    ExecResult first = sandbox.exec(ExecRequest.of("sh", "-c", "pwd; echo \"$A|$B\"; env | grep -c OLDPWD")
        .withWorkdir("sub dir").withEnv(Map.of("A", "it's $HOME", "B", "two\nlines")));
    ExecResult second = sandbox.exec(ExecRequest.of("sh", "-c", "pwd; echo \"${A-unset}\""));

    assertThat(first.stdout()).isEqualTo(DockerSandbox.WORKDIR + "/sub dir\nit's $HOME|two\nlines\n0\n");
    assertThat(second.stdout()).isEqualTo(DockerSandbox.WORKDIR + "\nunset\n");
  }

  @Test
  void tellsTheListenerEachLineAsItIsPrinted() throws Exception {
    List<String> lines = new ArrayList<>();
    ExecResult result = sandbox.exec(ExecRequest.shell("echo first; while [ ! -f go ]; do sleep 0.05; done; echo second")
        .withTimeout(Duration.ofSeconds(30))
        .withListener(line -> {
          lines.add(line);
          if (line.equals("first")) {
            try {
              Files.writeString(workspace.resolve("go"), "");
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        }));

    assertThat(result.timedOut()).isFalse();
    assertThat(lines).containsExactly("first", "second");
  }

  @Test
  void takesConcurrentCallersInTurn() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<ExecResult>> results = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        int n = i;
        results.add(callers.submit(() -> run("echo out-" + n + "; echo err-" + n + " >&2; exit " + (n % 5))));
      }
      for (int i = 0; i < results.size(); i++) {
        ExecResult result = results.get(i).get();
        assertThat(result.stdout()).isEqualTo("out-" + i + "\n");
        assertThat(result.stderr()).isEqualTo("err-" + i + "\n");
        assertThat(result.exitCode()).isEqualTo(i % 5);
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(sandbox.shellsStarted()).isEqualTo(1);
  }

  @Test
  void fallsBackToAnExecPerCommandWhereTheImageHasNoSetsid() throws Exception {
    Path context = Files.createDirectories(outside.resolve("image"));
    Files.writeString(context.resolve("Dockerfile"), "FROM debian:bookworm-slim\nRUN rm /usr/bin/setsid\n");
    String bare = DOCKER.engine().image(new ImageSource.Built(context, context.resolve("Dockerfile")), line -> { });
    SandboxConfig config = SandboxConfig.of(workspace, outside.resolve("cache2"));
    try (DockerSandbox fallback = DockerSandbox.create(DOCKER.engine(), config, bare)) {
      ExecResult result = fallback.exec(ExecRequest.shell("echo out; echo err >&2; exit 5").separateStderr());

      assertThat(fallback.usesShell()).isFalse();
      assertThat(result.exitCode()).isEqualTo(5);
      assertThat(result.stdout()).isEqualTo("out\n");
      assertThat(result.stderr()).isEqualTo("err\n");
    }
  }

  private static long countProcesses(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .count();
  }
}
