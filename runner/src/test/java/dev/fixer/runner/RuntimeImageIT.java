package dev.fixer.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.fixer.sandbox.testing.Sandboxes;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame.OutputType;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.DockerStatus;

/** fixer's runtime image, {@code fixer:latest} as {@code bash docker/build-images.sh} builds it, runs the CLI. */
class RuntimeImageIT {

  private static final String IMAGE = "fixer:latest";

  @BeforeEach
  void imageIsBuilt() {
    Sandboxes.assumeDocker();
    try {
      DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
    } catch (NotFoundException e) {
      throw new AssertionError("the Docker engine has no image " + IMAGE + ": build it with `bash docker/build-images.sh`", e);
    }
  }

  @Test
  void helpListsTheSubcommandsAndExitsZero() {
    FixerProcess.Finished help = runImage("--help");

    assertThat(help.exitCode()).as("%s", help).isZero();
    assertThat(help.stdout()).startsWith("Usage: fixer")
        .containsPattern("(?m)^  run +Resolve an issue")
        .containsPattern("(?m)^  action +Run as a step of a GitHub Actions workflow")
        .containsPattern("(?m)^  batch +Fix the open issues")
        .containsPattern("(?m)^  ask +Ask the configured model");
  }

  @Test
  void runOutsideAGitCheckoutSaysSoInOneLineAndExitsWithTheUsageCode() {
    FixerProcess.Finished run = runImage("run", "--issue", "x.md");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr().lines().toList()).as("%s", run).containsExactly(
        "fixer: /workspace/. is not a git repository: run fixer inside a git checkout or pass --repo DIR");
  }

  /** Runs the image with {@code args} until it exits; the container is removed afterwards. */
  private static FixerProcess.Finished runImage(String... args) {
    try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
        .withCommand(args)
        .withStartupCheckStrategy(new Exited().withTimeout(Duration.ofMinutes(2)))) {
      container.start();
      Long exitCode = DockerClientFactory.instance().client().inspectContainerCmd(container.getContainerId()).exec()
          .getState().getExitCodeLong();
      return new FixerProcess.Finished(exitCode.intValue(), container.getLogs(OutputType.STDOUT),
          container.getLogs(OutputType.STDERR));
    }
  }

  /** Counts a container as started once it has exited, whatever its exit code, so the test can read the code. */
  private static final class Exited extends StartupCheckStrategy {
    @Override
    public StartupStatus checkStartupState(DockerClient client, String containerId) {
      return DockerStatus.isContainerStopped(getCurrentState(client, containerId))
          ? StartupStatus.SUCCESSFUL : StartupStatus.NOT_YET_KNOWN;
    }
  }
}
