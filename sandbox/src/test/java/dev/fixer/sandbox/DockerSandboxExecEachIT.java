package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.testing.ContainmentContract;
import dev.fixer.sandbox.testing.EngineExtension;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The containment contract with a {@code docker exec} per command: the fallback where no shell can start. */
class DockerSandboxExecEachIT extends ContainmentContract {

  @RegisterExtension static final EngineExtension DOCKER = new EngineExtension();

  @Override
  protected Sandbox create(Path workspace, Path cache, ResourceLimits limits) {
    SandboxConfig config = SandboxConfig.of(workspace, cache).withLimits(limits.withCpus(1));
    return DockerSandbox.create(DOCKER.engine(), config, DOCKER.image(),
        DockerSandbox.Commands.EXEC_EACH);
  }

  @Override
  protected InetAddress listenAddress() throws Exception {
    String id = ((DockerSandbox) sandbox).containerId();
    return InetAddress.getByName(DOCKER.engine().client().inspectContainerCmd(id).exec().getNetworkSettings().getGateway());
  }

  @Test
  void runsEveryCommandWithItsOwnExec() throws Exception {
    assertThat(((DockerSandbox) sandbox).usesShell()).isFalse();
    assertThat(run("echo one").stdout()).isEqualTo("one\n");
  }
}
