package dev.fixer.sandbox.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every isolating sandbox must contain, run against a real one. A subclass says how to make
 * the sandbox; bubblewrap and Docker both pass the same tests.
 */
public abstract class ContainmentContract {

  /** Limits small enough for tests to hit them quickly. */
  protected static final ResourceLimits TIGHT = ResourceLimits.DEFAULT
      .withProcesses(64)
      .withMemoryBytes(256L << 20)
      .withFileSizeBytes(1L << 20)
      .withKillAfterOutputBytes(16L << 20);

  @TempDir protected Path outside;
  protected Path workspace;
  protected Sandbox sandbox;

  /** A sandbox on {@code workspace} with its cache in {@code cache}, under {@code limits}. */
  protected abstract Sandbox create(Path workspace, Path cache, ResourceLimits limits) throws Exception;

  @BeforeEach
  void makeSandbox() throws Exception {
    workspace = Files.createDirectories(outside.resolve("repo"));
    Files.writeString(workspace.resolve("hello.txt"), "hello from the repo\n");
    sandbox = create(workspace, outside.resolve("cache"), TIGHT);
  }

  @AfterEach
  void closeSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  protected ExecResult run(String script) throws InterruptedException {
    return sandbox.exec(ExecRequest.shell(script).withTimeout(Duration.ofSeconds(30)));
  }

  @Test
  void readsAndWritesTheWorkspace() throws Exception {
    ExecResult result = run("cat hello.txt && pwd && echo written > made.txt");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("hello from the repo", sandbox.workdir());
    assertThat(workspace.resolve("made.txt")).hasContent("written");
  }

  @Test
  void cannotWriteOutsideTheWorkspace() throws Exception {
    ExecResult result = run("echo x > /usr/fixer-escape; echo x > /etc/fixer-escape; echo x > /tmp/fixer-escape;"
        + " echo x > " + outside.resolve("escaped.txt") + "; ls /usr/fixer-escape /etc/fixer-escape");

    assertThat(result.exitCode()).isNotZero();
    assertThat(Path.of("/usr/fixer-escape")).doesNotExist();
    assertThat(Path.of("/etc/fixer-escape")).doesNotExist();
    assertThat(Path.of("/tmp/fixer-escape")).doesNotExist();
    assertThat(outside.resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void cannotReadAPlantedHostSecret() throws Exception {
    String secret = "fixer-secret-" + UUID.randomUUID();
    Path nextToRepo = Files.writeString(outside.resolve("secret.txt"), secret);
    Path inHome = Path.of(System.getProperty("user.home"), ".fixer-planted-" + UUID.randomUUID());
    Files.writeString(inHome, secret);
    try {
      ExecResult result = run("cat " + nextToRepo + " " + inHome + " ~/" + inHome.getFileName()
          + "; grep -rs " + secret + " /etc /usr/local /tmp ~ 2>/dev/null | head -1; cat /proc/1/environ | tr '\\0' '\\n'");

      assertThat(result.stdout()).doesNotContain(secret);
    } finally {
      Files.delete(inHome);
    }
  }

  @Test
  void seesNothingOfTheHostEnvironment() throws Exception {
    ExecResult result = run("env");

    Set<String> names = new TreeSet<>();
    result.stdout().lines().filter(l -> l.contains("=")).forEach(l -> names.add(l.substring(0, l.indexOf('='))));
    assertThat(names).isSubsetOf("PATH", "HOME", "LANG", "TERM", "TMPDIR", "CI", "PWD", "SHLVL", "_", "HOSTNAME", "USER",
        "JAVA_TOOL_OPTIONS");
    for (var variable : System.getenv().entrySet()) {
      if (variable.getValue().length() >= 8 && !variable.getKey().equals("PATH") && !variable.getKey().equals("HOME")) {
        assertThat(result.stdout()).as(variable.getKey()).doesNotContain(variable.getValue());
      }
    }
  }

  @Test
  void reachesTheNetworkOnlyUntilItIsClosed() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, listenAddress())) {
      String connect = "exec 3<>/dev/tcp/" + hostAddressSeenInside() + "/" + server.getLocalPort() + " && echo connected";
      ExecResult setup = run(connect);
      sandbox.closeNetwork();
      ExecResult agent = run(connect);

      assertThat(setup.stdout()).contains("connected");
      assertThat(agent.stdout()).doesNotContain("connected");
      assertThat(agent.exitCode()).isNotZero();
    }
  }

  /** Where a server on the host listens for the network test: loopback unless the sandbox cannot reach it. */
  protected InetAddress listenAddress() throws Exception {
    return InetAddress.getLoopbackAddress();
  }

  /** Where that server is reached from inside during the setup phase. */
  protected String hostAddressSeenInside() throws Exception {
    return listenAddress().getHostAddress();
  }

  @Test
  void containsAForkBomb() throws Exception {
    long before = countProcesses("fixer_bomb");
    ExecResult result = sandbox.exec(ExecRequest.shell("fixer_bomb() { fixer_bomb | fixer_bomb & }; fixer_bomb; sleep 5")
        .withTimeout(Duration.ofSeconds(10)));

    assertThat(result.duration()).isLessThan(Duration.ofSeconds(40));
    Thread.sleep(500);
    assertThat(countProcesses("fixer_bomb")).isEqualTo(before);
  }

  @Test
  void limitsHowManyProcessesRunAtOnce() throws Exception {
    ExecResult result = run("for i in $(seq 200); do sleep 3 & done 2>&1 | head -3; wait");

    assertThat(result.stdout()).containsIgnoringCase("resource temporarily unavailable");
  }

  @Test
  void stopsACommandThatPrintsWithoutEnd() throws Exception {
    ExecResult result = sandbox.exec(ExecRequest.of("yes", "gigabytes").withTimeout(Duration.ofSeconds(60)));

    assertThat(result.outputLimited()).isTrue();
    assertThat(result.stdout().length()).isLessThan(ExecRequest.DEFAULT_MAX_OUTPUT_BYTES + 200);
    assertThat(result.stdout()).contains("bytes of output cut here");
    assertThat(result.duration()).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void limitsTheSizeOfAFile() throws Exception {
    ExecResult result = run("head -c 20000000 /dev/zero > big.bin");

    assertThat(result.exitCode()).isNotZero();
    assertThat(Files.size(workspace.resolve("big.bin"))).isLessThanOrEqualTo(1L << 20);
  }

  @Test
  void limitsMemory() throws Exception {
    ExecResult result = run("python3 -c 'b = bytearray(1024 * 1024 * 1024); print(\"allocated\")'");

    assertThat(result.stdout()).doesNotContain("allocated");
    assertThat(result.exitCode()).isNotZero();
    assertThat(sandbox.explain(result, "the command")).as(result.stdout())
        .hasValueSatisfying(text -> assertThat(text).contains("256 MiB memory limit", "raise limits.memory"));
  }

  @Test
  void aJvmSizesItsHeapToTheMemoryLimitNotToTheMachine() throws Exception {
    ExecResult result = run("java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -w MaxHeapSize");

    assertThat(result.exitCode()).as(result.stdout()).isZero();
    long heap = Long.parseLong(result.stdout().replaceAll("(?s).*MaxHeapSize\\s*=\\s*(\\d+).*", "$1"));
    assertThat(heap).as("sized to the 256 MiB limit (half of it, as the JVM does below 512 MiB), not to the host's"
        + " memory").isLessThanOrEqualTo(128L << 20);
  }

  @Test
  void namesTheProcessLimitWhenThreadsCannotStart() throws Exception {
    ExecResult result = run("python3 -c 'import threading, time\n"
        + "for _ in range(200): threading.Thread(target=time.sleep, args=(3,), daemon=True).start()\nprint(\"started\")'");

    assertThat(result.stdout()).doesNotContain("started");
    assertThat(sandbox.explain(result, "the command")).as(result.stdout())
        .hasValueSatisfying(text -> assertThat(text).contains("limit of 64 processes", "raise limits.processes"));
  }

  @Test
  void explainsNothingForAnOrdinaryFailure() throws Exception {
    ExecResult result = run("echo failing; exit 3");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(sandbox.explain(result, "the command")).isEmpty();
  }

  @Test
  void killsTheWholeTreeAtTheTimeout() throws Exception {
    String marker = "31" + (System.nanoTime() % 1000);
    ExecResult result = sandbox.exec(ExecRequest.shell("sleep " + marker + " & sleep " + marker + "; echo never")
        .withTimeout(Duration.ofSeconds(1)));

    assertThat(result.timedOut()).isTrue();
    assertThat(result.stdout()).doesNotContain("never");
    Thread.sleep(300);
    assertThat(countProcesses("sleep " + marker)).isZero();
  }

  @Test
  void killsTheCommandWhenTheCallerIsInterrupted() throws Exception {
    String marker = "32" + (System.nanoTime() % 1000);
    Thread caller = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      sleepQuietly(700);
      caller.interrupt();
    });
    interrupter.start();
    boolean interrupted = false;
    try {
      sandbox.exec(ExecRequest.shell("sleep " + marker).withTimeout(Duration.ofSeconds(60)));
    } catch (InterruptedException expected) {
      interrupted = true;
    }
    interrupter.join();

    assertThat(interrupted).isTrue();
    Thread.sleep(300);
    assertThat(countProcesses("sleep " + marker)).isZero();
  }

  @Test
  void keepsStderrApartWhenAsked() throws Exception {
    ExecResult result = sandbox.exec(ExecRequest.shell("echo out; echo err >&2; exit 3").separateStderr());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
  }

  @Test
  void runsInASubdirectoryAndPassesTheRequestEnvironment() throws Exception {
    Files.createDirectories(workspace.resolve("sub/dir"));
    ExecResult result = sandbox.exec(ExecRequest.shell("pwd; echo $GREETING")
        .withWorkdir("sub/dir")
        .withEnv(java.util.Map.of("GREETING", "hi there")));

    assertThat(result.stdout()).contains(sandbox.workdir() + "/sub/dir", "hi there");
  }

  protected static long countProcesses(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .filter(p -> !p.equals(ProcessHandle.current()))
        .count();
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
