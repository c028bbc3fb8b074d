package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container of a {@link DockerSandbox}, as it is made: labelled, its main process root's
 * {@code sleep} under Docker's init (so that the sandbox user's kills never reach it), with the
 * mounts, limits and hardening that {@link DockerSandbox} describes, and the certificates fixer
 * trusts copied in before it starts.
 */
final class SandboxContainer {

  /**
   * The certificates fixer's machine trusts, as OpenSSL and Java read them: copied into the
   * container before it starts, so that downloads in the setup phase trust what fixer trusts (a
   * proxy's own CA, say). Copied, not mounted, since the engine may see another file system.
   */
  static final List<String> TRUSTED_CERTIFICATES = List.of(
      "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/certs/java/cacerts");

  private static final Logger LOG = LoggerFactory.getLogger(SandboxContainer.class);

  private SandboxContainer() {}

  /**
   * Creates and starts the container; removes it again if it cannot start.
   *
   * @return the container's id
   */
  static String start(DockerClient client, SandboxConfig config, String image) {
    String id = client.createContainerCmd(image)
        .withName("fixer-sandbox-" + UUID.randomUUID().toString().substring(0, 12))
        .withLabels(ContainerLabels.ofThisProcess())
        .withHostName("fixer-sandbox")
        .withUser("0:0")
        .withEntrypoint("sleep")
        .withCmd("infinity")
        .withWorkingDir(DockerSandbox.WORKDIR)
        .withHostConfig(hostConfig(config))
        .exec()
        .getId();
    try {
      copyTrustedCertificates(client, id);
      client.startContainerCmd(id).exec();
      return id;
    } catch (RuntimeException e) {
      try {
        client.removeContainerCmd(id).withForce(true).exec();
      } catch (NotFoundException gone) {
        // nothing to remove
      }
      throw e;
    }
  }

  private static void copyTrustedCertificates(DockerClient client, String container) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String trust : TRUSTED_CERTIFICATES) {
      try {
        if (Files.isRegularFile(Path.of(trust))) {
          files.put(trust.substring(1), Files.readAllBytes(Path.of(trust)));
        }
      } catch (IOException e) {
        LOG.warn("cannot read {} to copy into the sandbox: {}", trust, e.getMessage());
      }
    }
    if (!files.isEmpty()) {
      client.copyArchiveToContainerCmd(container).withTarInputStream(DockerImages.tarOf(files)).withRemotePath("/").exec();
    }
  }

  private static HostConfig hostConfig(SandboxConfig config) {
    ResourceLimits limits = config.limits();
    List<Bind> binds = new ArrayList<>(List.of(
        new Bind(config.workspace().toString(), new Volume(DockerSandbox.WORKDIR)),
        new Bind(SandboxHome.docker(config).toString(), new Volume(DockerSandbox.HOME))));
    config.extraReadOnly().forEach(path -> binds.add(new Bind(path.toString(), new Volume(path.toString()), AccessMode.ro)));
    return HostConfig.newHostConfig()
        .withBinds(binds)
        .withInit(true)
        .withCapDrop(Capability.ALL)
        .withSecurityOpts(List.of("no-new-privileges"))
        .withMemory(limits.memoryBytes())
        .withMemorySwap(limits.memoryBytes())
        .withNanoCPUs(Math.round(limits.cpus() * 1e9))
        .withPidsLimit((long) limits.processes())
        .withUlimits(List.of(
            new Ulimit("fsize", limits.fileSizeBytes(), limits.fileSizeBytes()),
            new Ulimit("cpu", limits.cpuSeconds(), limits.cpuSeconds()),
            new Ulimit("core", 0L, 0L)))
        .withTmpFs(Map.of("/tmp", "rw,exec,nosuid,size=" + Math.max(64L << 20, limits.fileSizeBytes())));
  }

}
