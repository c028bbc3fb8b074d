package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HostConfig;
import dev.fixer.sandbox.testing.ContainmentContract;
import dev.fixer.sandbox.testing.EngineExtension;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The containment contract on a real Docker engine, with fixer's default sandbox image, and what is Docker's own. */
class DockerSandboxIT extends ContainmentContract {

  @RegisterExtension static final EngineExtension DOCKER = new EngineExtension();

  @Override
  protected Sandbox create(Path workspace, Path cache, ResourceLimits limits) {
    SandboxConfig config = SandboxConfig.of(workspace, cache).withLimits(limits.withCpus(1));
    return DockerSandbox.create(DOCKER.engine(), config, DOCKER.image());
  }

  @Override
  protected InetAddress listenAddress() throws Exception {
    String gateway = DOCKER.engine().client().inspectContainerCmd(docker().containerId()).exec()
        .getNetworkSettings().getGateway();
    assertThat(gateway).as("the container's gateway to the host").isNotBlank();
    return InetAddress.getByName(gateway);
  }

  private DockerSandbox docker() {
    return (DockerSandbox) sandbox;
  }

  @Test
  void runsAsANonRootUserWithTheToolsOfTheDefaultImage() throws Exception {
    ExecResult result = run("id -u; java -version 2>&1 | head -1; mvn -v | head -1; python3 -m pip --version;"
        + " python3 -m pytest --version 2>&1; python3 -c 'import venv, ensurepip; print(\"venv ok\")'; node --version;"
        + " npm --version; yarn --version >/dev/null && echo yarn ok; go version; cargo --version; git --version;"
        + " rg --version | head -1; command -v gradle || echo no gradle");

    assertThat(result.exitCode()).as(result.stdout()).isZero();
    assertThat(result.stdout().lines().findFirst()).hasValueSatisfying(uid -> assertThat(uid).isNotEqualTo("0"));
    assertThat(result.stdout()).contains("openjdk version \"17", "Apache Maven", "pip", "python 3", "pytest ",
        "venv ok", "yarn ok", "go version go1.", "cargo 1.", "git version", "ripgrep", "no gradle");
    assertThat(result.stdout()).containsPattern("(?m)^v\\d+\\.").containsPattern("(?m)^\\d+\\.\\d+\\.\\d+$");
  }

  @Test
  void labelsAndLimitsTheContainerAndRemovesItAtClose() {
    String id = docker().containerId();
    InspectContainerResponse container = DOCKER.engine().client().inspectContainerCmd(id).exec();
    HostConfig host = container.getHostConfig();

    assertThat(container.getConfig().getLabels()).containsEntry(ContainerLabels.SANDBOX, "1")
        .containsEntry(ContainerLabels.PID, Long.toString(ProcessHandle.current().pid()));
    assertThat(host.getMemory()).isEqualTo(TIGHT.memoryBytes());
    assertThat(host.getPidsLimit()).isEqualTo(TIGHT.processes());
    assertThat(host.getNanoCPUs()).isEqualTo(1_000_000_000L);
    assertThat(host.getSecurityOpts()).contains("no-new-privileges");
    assertThat(container.getConfig().getEnv()).noneMatch(variable -> System.getenv().entrySet().stream()
        .anyMatch(e -> e.getValue().length() >= 8 && variable.equals(e.getKey() + "=" + e.getValue())
            && !e.getKey().equals("PATH")));

    sandbox.close();

    assertThatThrownBy(() -> DOCKER.engine().client().inspectContainerCmd(id).exec()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void sweepsTheContainersOfDeadFixersOnly() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    Map<String, String> dead = new HashMap<>(ContainerLabels.ofThisProcess());
    dead.put(ContainerLabels.PID, Long.toString(finished.pid()));
    String leftover = DOCKER.engine().client().createContainerCmd(DOCKER.image()).withLabels(dead).withCmd("true")
        .exec().getId();
    String mine = docker().containerId();

    int removed = DOCKER.engine().sweepLeftovers();

    assertThat(removed).isGreaterThanOrEqualTo(1);
    assertThatThrownBy(() -> DOCKER.engine().client().inspectContainerCmd(leftover).exec())
        .isInstanceOf(NotFoundException.class);
    assertThat(DOCKER.engine().client().inspectContainerCmd(mine).exec().getState().getRunning()).isTrue();
  }

  @Test
  void killsWhatACommandLeftRunningWhenItEnds() throws Exception {
    String marker = "33" + (System.nanoTime() % 1000);
    ExecResult result = run("sleep " + marker + " > /dev/null 2>&1 & echo started");

    assertThat(result.stdout()).contains("started");
    assertThat(result.timedOut()).isFalse();
    assertThat(countProcesses("sleep " + marker)).isZero();
  }

  @Test
  void staysOffTheNetworkAfterAForkBombRestartsTheContainer() throws Exception {
    sandbox.closeNetwork();
    Files.writeString(workspace.resolve("kept.txt"), "kept\n");
    sandbox.exec(ExecRequest.shell("bomb() { bomb | bomb & }; bomb; sleep 5").withTimeout(Duration.ofSeconds(5)));

    ExecResult after = run("cat kept.txt; cat /proc/net/dev | cut -d: -f1 | tail -n +3 | tr -d ' '");

    assertThat(after.exitCode()).isZero();
    assertThat(after.stdout().lines()).containsExactly("kept", "lo");
    assertThat(sandbox.describe()).contains("network off");
  }

  @Test
  void runsTheImageARepositoryBuildsFromItsDockerfile() throws Exception {
    Path context = Files.createDirectories(outside.resolve("image"));
    Files.writeString(context.resolve("Dockerfile"), "FROM debian:bookworm-slim\nRUN echo built-for-the-repo > /built.txt\n");
    String built = DOCKER.engine().image(new ImageSource.Built(context, context.resolve("Dockerfile")), line -> { });
    SandboxConfig config = SandboxConfig.of(workspace, outside.resolve("cache2"));
    try (Sandbox own = DockerSandbox.create(DOCKER.engine(), config, built)) {
      ExecResult result = own.exec(ExecRequest.shell("cat /built.txt; id -u"));

      assertThat(built).startsWith("fixer-repo-sandbox:");
      assertThat(result.stdout()).contains("built-for-the-repo").doesNotContain("\n0\n");
    }
  }

  @Test
  void trustsTheCertificatesFixerTrusts() throws Exception {
    Path bundle = Path.of(SandboxContainer.TRUSTED_CERTIFICATES.get(0));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(bundle), "this machine has no " + bundle);

    ExecResult result = run("sha256sum " + bundle + " | cut -c1-64");

    assertThat(result.stdout().strip()).isEqualTo(ImageSource.sha256(Files.readAllBytes(bundle)));
  }

  @Test
  void namesTheImageWhenTheEngineHasNoSuchImage() {
    assertThatThrownBy(() -> DOCKER.engine().image(new ImageSource.Named("fixer-no-such-image:1"), line -> { }))
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("cannot pull the sandbox image fixer-no-such-image:1")
        .hasMessageNotContaining("{\"message\"");
  }
}
