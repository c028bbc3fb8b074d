package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.testing.ScriptedModelServer;
import dev.fixer.core.testing.SseReply;
import dev.fixer.sandbox.testing.Sandboxes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed run takes the network from its new sandbox before the agent goes on, as a fresh run does
 * after setup. Probed for real: a listener the sandbox reaches while its network is on (which setup
 * proves by connecting to it), and the agent's {@code run_command} trying to connect to it again, in
 * the first run and in the resumed one.
 */
class ResumeNetworkIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONNECTED = "probe: connected";
  private static final String NO_CONNECTION = "probe: no connection";

  @TempDir
  Path temp;

  private final ScriptedModelServer server = new ScriptedModelServer();
  /** The fixer processes that ran with Docker: the sandbox containers labelled with their ids are this test's. */
  private final List<Long> dockerFixers = new ArrayList<>();
  private Path repo;
  private Path issue;
  private Listener listener;

  @BeforeEach
  void repo() throws Exception {
    repo = StatsRepo.create(temp.resolve("repo"));
    issue = StatsRepo.issue(temp);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    if (listener != null) {
      listener.close();
    }
    for (long pid : dockerFixers) {
      List<String> left = containersOf(pid);
      if (!left.isEmpty()) {
        List<String> remove = new ArrayList<>(List.of("docker", "rm", "--force"));
        remove.addAll(left);
        FixerProcess.run(temp, Map.of("PATH", System.getenv("PATH")), remove);
      }
    }
  }

  @Test
  void aRunResumedInBubblewrapHasNoNetwork() throws Exception {
    Sandboxes.assumeBubblewrap();
    listener = new Listener(InetAddress.getLoopbackAddress());

    resumesWithoutNetwork("bwrap");
  }

  @Test
  void aRunResumedInDockerHasNoNetwork() throws Exception {
    Sandboxes.assumeDocker();
    listener = new Listener(bridgeGateway());

    resumesWithoutNetwork("docker");
  }

  private void resumesWithoutNetwork(String sandbox) throws Exception {
    String address = listener.address.getHostAddress() + "/" + listener.port();
    String connect = "timeout 10 bash -c 'exec 3<>/dev/tcp/" + address + "'";
    Files.writeString(repo.resolve(".fixer.yml"), "setup: " + JSON.writeValueAsString(connect) + "\ntest: 'true'\n");
    StatsRepo.git(repo, "add", ".fixer.yml");
    StatsRepo.git(repo, "commit", "-q", "-m", "config");
    scriptTheProbes("if " + connect + "; then echo '" + CONNECTED + "'; else echo '" + NO_CONNECTION + "'; fi");

    FixerProcess.Finished first = fixer(sandbox, "run", "--repo", repo.toString(), "--issue", issue.toString(),
        "--sandbox", sandbox, "--work-dir", "run", "--max-steps", "1", "--json");

    assertThat(JSON.readTree(first.lastLine()).path("agent_status").asText()).as("%s", first).isEqualTo("step_limit");
    assertThat(first.stderr()).as("setup connects while the network is on").contains("setup: done in");
    assertThat(listener.accepted()).as("connections from setup").isEqualTo(1);
    assertThat(probes()).containsExactly(NO_CONNECTION);

    FixerProcess.Finished resumed = fixer(sandbox, "run", "--resume", "run", "--max-steps", "3", "--json");

    assertThat(JSON.readTree(resumed.lastLine()).path("agent_status").asText()).as("%s", resumed)
        .isEqualTo("completed");
    assertThat(resumed.stderr()).as("no second setup").contains("resume: the run in").doesNotContain("setup:");
    assertThat(probes()).containsExactly(NO_CONNECTION, NO_CONNECTION);
    assertThat(listener.accepted()).as("connections from setup and the agent").isEqualTo(1);
  }

  /** The model's turns: a probe in the first run, ended by its step limit of 1; one after the resume; an answer. */
  private void scriptTheProbes(String probe) {
    String arguments = JSON.createObjectNode().put("command", probe).toString();
    server.reply(SseReply.call("run_command:0", "run_command", arguments));
    server.reply(SseReply.call("run_command:0", "run_command", arguments));
    server.reply(StatsRepo.finish("The sandbox has no network, so there is nothing to fix from here."));
  }

  private FixerProcess.Finished fixer(String sandbox, String... args) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("KIMI_BASE_URL", server.baseUrl());
    env.put("KIMI_API_KEY", "sk-resume-network-0123456789abcdef");
    env.put("FIXER_HOME", temp.resolve("fixer-home").toString());
    FixerProcess.Finished run = FixerProcess.fixer(temp, env, args);
    if (sandbox.equals("docker")) {
      dockerFixers.add(run.pid());
      assertThat(containersOf(run.pid())).as("sandbox containers left by fixer process %d", run.pid()).isEmpty();
    }
    return run;
  }

  /** What the agent's probes printed, in the order they ran. */
  /** What each run_command probe found, in order. */
  private List<String> probes() throws IOException {
    List<String> outputs = new ArrayList<>();
    for (String line : Files.readAllLines(temp.resolve("run/trajectory.jsonl"))) {
      JsonNode event = JSON.readTree(line);
      if (event.path("type").asText().equals("tool_result")
          && event.path("message").path("tool_name").asText().equals("run_command")) {
        String output = event.path("message").path("content").asText();
        outputs.add(output.contains(CONNECTED) ? CONNECTED : output.contains(NO_CONNECTION) ? NO_CONNECTION : output);
      }
    }
    return outputs;
  }

  /** The sandbox containers that fixer process {@code pid} started and left, by their labels. */
  private List<String> containersOf(long pid) throws IOException, InterruptedException {
    FixerProcess.Finished list = FixerProcess.run(temp, Map.of("PATH", System.getenv("PATH")), List.of("docker", "ps",
        "--all", "--quiet", "--filter", "label=dev.fixer.sandbox", "--filter", "label=dev.fixer.pid=" + pid));
    assertThat(list.exitCode()).as("%s", list).isZero();
    return list.stdout().lines().toList();
  }

  /**
   * The host's address on Docker's default bridge, which a container reaches while it is connected:
   * the bridge's gateway, or the first address of its subnet where the engine names no gateway.
   */
  private InetAddress bridgeGateway() throws IOException, InterruptedException {
    FixerProcess.Finished inspect = FixerProcess.run(temp, Map.of("PATH", System.getenv("PATH")), List.of("docker",
        "network", "inspect", "bridge", "--format", "{{range .IPAM.Config}}{{.Gateway}} {{.Subnet}}|{{end}}"));
    assertThat(inspect.exitCode()).as("%s", inspect).isZero();
    String[] config = inspect.stdout().strip().split("\\|")[0].strip().split(" ");
    if (config.length == 2 && !config[0].isEmpty()) {
      return InetAddress.getByName(config[0]);
    }
    byte[] network = InetAddress.getByName(config[config.length - 1].split("/")[0]).getAddress();
    network[network.length - 1]++;
    return InetAddress.getByAddress(network);
  }

  /** Accepts connections on an ephemeral port of {@code address} and counts them. */
  private static final class Listener implements AutoCloseable {

    final InetAddress address;
    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();

    Listener(InetAddress address) throws IOException {
      this.address = address;
      this.socket = new ServerSocket(0, 50, address);
      Thread thread = new Thread(this::accept, "probe-listener");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int accepted() {
      return accepted.get();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try (Socket connection = socket.accept()) {
          accepted.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
