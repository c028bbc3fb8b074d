package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The labels on every sandbox container: that fixer made it, and which process on which host owns
 * it, so that a later fixer can tell a leftover of a crashed run from a container still in use.
 */
final class ContainerLabels {

  static final String SANDBOX = "dev.fixer.sandbox";
  static final String HOST = "dev.fixer.host";
  static final String PID = "dev.fixer.pid";
  static final String STARTED = "dev.fixer.started";

  private static final Logger LOG = LoggerFactory.getLogger(ContainerLabels.class);

  private ContainerLabels() {}

  /** The labels for a container owned by this process. */
  static Map<String, String> ofThisProcess() {
    ProcessHandle self = ProcessHandle.current();
    return Map.of(SANDBOX, "1", HOST, hostname(), PID, Long.toString(self.pid()), STARTED, started(self));
  }

  static int sweep(DockerClient client) {
    List<Container> ours = client.listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(SANDBOX, "1", HOST, hostname()))
        .exec();
    int removed = 0;
    for (Container container : ours) {
      if (!ownerAlive(container.getLabels())) {
        try {
          client.removeContainerCmd(container.getId()).withForce(true).exec();
          LOG.info("removed the sandbox container {} left by fixer process {}", container.getId().substring(0, 12),
              container.getLabels().get(PID));
          removed++;
        } catch (NotFoundException gone) {
          // another fixer swept it first
        }
      }
    }
    return removed;
  }

  private static boolean ownerAlive(Map<String, String> labels) {
    try {
      Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(labels.getOrDefault(PID, "")));
      return owner.isPresent() && started(owner.get()).equals(labels.get(STARTED));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String started(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).map(String::valueOf).orElse("?");
  }

  /**
   * The host and the PID namespace this process sees, as in {@code runner-7/pid:[4026531836]}: a
   * process id means something only within its namespace, and fixer may itself run in a container.
   */
  static String hostname() {
    String host;
    try {
      host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    } catch (IOException e) {
      host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown");
    }
    try {
      return host + "/" + Files.readSymbolicLink(Path.of("/proc/self/ns/pid"));
    } catch (IOException | UnsupportedOperationException e) {
      return host;
    }
  }
}
