package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.testing.ContainmentContract;
import dev.fixer.sandbox.testing.Sandboxes;
import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The containment contract with a {@code docker exec} per command: the fallback where no shell can start. */
class DockerSandboxExecEachIT extends ContainmentContract {

  private static DockerEngine engine;
  private static String image;

  @BeforeAll
  static void connect() {
    Sandboxes.assumeDocker();
    engine = DockerEngine.connect();
    image = engine.image(ImageSource.standard(), System.out::println);
  }

  @AfterAll
  static void disconnect() {
    if (engine != null) {
      engine.close();
    }
  }

  @Override
  protected Sandbox create(Path workspace, Path cache, ResourceLimits limits) {
    return DockerSandbox.create(engine, SandboxConfig.of(workspace, cache).withLimits(limits.withCpus(1)), image,
        DockerSandbox.Commands.EXEC_EACH);
  }

  @Override
  protected InetAddress listenAddress() throws Exception {
    String id = ((DockerSandbox) sandbox).containerId();
    return InetAddress.getByName(engine.client().inspectContainerCmd(id).exec().getNetworkSettings().getGateway());
  }

  @Test
  void runsEveryCommandWithItsOwnExec() throws Exception {
    assertThat(((DockerSandbox) sandbox).usesShell()).isFalse();
    assertThat(run("echo one").stdout()).isEqualTo("one\n");
  }
}
