package dev.fixer.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Docker container per run. Inside: the workspace read-write at {@value #WORKDIR}, the sandbox
 * home (the cache) read-write at {@value #HOME}, the rest of the image's file system private to the
 * container (with the certificates fixer trusts copied in), commands as a non-root user, no capabilities, {@code no-new-privileges}, the
 * {@link ResourceLimits} as the container's memory, CPU and process limits and its file-size and
 * CPU-time ulimits, and a clean environment. The network is the engine's default until
 * {@link #closeNetwork()} disconnects every network, leaving loopback alone.
 *
 * <p>Commands run one at a time (callers on several threads take turns), by default through one
 * long-lived {@link DockerShell} started with the container, which saves a {@code docker exec} per
 * command; each command leads its own process group, which is killed at the timeout, at the output
 * limit, or when the caller is interrupted. A shell that a command ended is replaced at the next
 * command; where no shell can start (the image lacks {@code /bin/sh} or {@code setsid}), each
 * command gets its own {@code docker exec} instead, as with {@link Commands#EXEC_EACH}, and a
 * warning says so. When a command ends, whatever it left running is killed, so each command sees a
 * container with nothing of the last one still running. The
 * container carries {@link ContainerLabels} and is removed by {@link #close()}; a leftover of a
 * fixer that died is removed by {@link DockerEngine#sweepLeftovers()}.
 */
public final class DockerSandbox implements Sandbox {

  static final String WORKDIR = "/workspace";
  static final String HOME = "/home/fixer";

  private static final Logger LOG = LoggerFactory.getLogger(DockerSandbox.class);

  private final DockerClient client;
  private final SandboxConfig config;
  private final String image;
  private final String container;
  private final String user;
  private final Commands commands;
  private volatile boolean network = true;
  private volatile boolean closed;
  private final AutoCloseable owned;
  private DockerShell shell;
  private boolean shellUnavailable;
  private int shellsStarted;

  /** How commands reach the container. */
  public enum Commands {
    /** Through one long-lived shell, falling back to {@link #EXEC_EACH} where it cannot start. */
    SHELL,
    /** A {@code docker exec} per command: tens of milliseconds slower, for comparison. */
    EXEC_EACH
  }

  private DockerSandbox(DockerClient client, SandboxConfig config, String image, String container, String user,
      Commands commands, AutoCloseable owned) {
    this.client = client;
    this.commands = commands;
    this.config = config;
    this.image = image;
    this.container = container;
    this.user = user;
    this.owned = owned;
  }

  /**
   * Everything a run needs in one call: connects to the engine at {@code dockerHost} (null: the
   * default), removes what dead fixers left there, pulls or builds the image of {@code source}
   * (reporting to {@code progress}), and starts the container. The sandbox owns the connection
   * and closes it with itself.
   *
   * @throws SandboxException naming what failed: the engine, the image, the workspace
   */
  public static DockerSandbox start(String dockerHost, SandboxConfig config, ImageSource source,
      Consumer<String> progress) {
    DockerEngine engine = DockerEngine.connect(dockerHost);
    try {
      int swept = engine.sweepLeftovers();
      if (swept > 0) {
        progress.accept("removed " + swept + " sandbox container" + (swept == 1 ? "" : "s") + " left by fixer runs that died");
      }
      return create(engine, config, engine.image(source, progress), Commands.SHELL, engine);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /**
   * Starts the container for {@code config} from {@code image}, which the engine must have (see
   * {@link DockerEngine#image}). The engine stays the caller's to close, after this sandbox.
   *
   * @throws SandboxException naming what failed: the workspace, the image, the engine
   */
  public static DockerSandbox create(DockerEngine engine, SandboxConfig config, String image) {
    return create(engine, config, image, Commands.SHELL);
  }

  /** As {@link #create(DockerEngine, SandboxConfig, String)}, with commands reaching the container as {@code commands} says. */
  public static DockerSandbox create(DockerEngine engine, SandboxConfig config, String image, Commands commands) {
    return create(engine, config, image, commands, () -> { });
  }

  private static DockerSandbox create(DockerEngine engine, SandboxConfig config, String image, Commands commands,
      AutoCloseable owned) {
    if (!Files.isDirectory(config.workspace())) {
      throw new SandboxException("the workspace " + config.workspace() + " is not a directory");
    }
    String user;
    try {
      user = SandboxUser.prepare(config.workspace(), SandboxHome.docker(config));
    } catch (IOException e) {
      throw new SandboxException("cannot prepare the workspace and home for the Docker sandbox: " + e.getMessage(), e);
    }
    try {
      String id = SandboxContainer.start(engine.client(), config, image);
      LOG.info("started the sandbox container {} from {}", id.substring(0, 12), image);
      DockerSandbox sandbox = new DockerSandbox(engine.client(), config, image, id, user, commands, owned);
      sandbox.startShell();
      return sandbox;
    } catch (NotFoundException e) {
      throw new SandboxException("the Docker engine has no image " + image + ": build or pull it first", e);
    } catch (DockerException | IllegalArgumentException e) {
      throw new SandboxException("cannot start a sandbox container from " + image + ": "
          + DockerEngine.Failures.reason(e), e);
    }
  }

  @Override
  public synchronized ExecResult exec(ExecRequest request) throws InterruptedException {
    if (closed) {
      throw new SandboxException("the Docker sandbox " + shortId() + " is closed");
    }
    if (!Files.isDirectory(config.workspace().resolve(request.workdir()))) {
      return BubblewrapSandbox.notADirectory(request);
    }
    String dir = request.workdir().isEmpty() ? WORKDIR : WORKDIR + "/" + request.workdir();
    DockerShell current = shell();
    if (current != null) {
      ExecResult result = current.run(request, dir, config.limits().killAfterOutputBytes(), this::killGroup);
      if (!current.alive()) {
        LOG.info("the shell of the sandbox container {} ended during a command (which killed it, or every process"
            + " of its user); the next command starts another", shortId());
      }
      return result;
    }
    Map<String, String> env = new HashMap<>(Launch.baseEnvironment(HOME));
    env.putAll(request.env());
    DockerExec exec = new DockerExec(client, container, user, config.limits().killAfterOutputBytes());
    return exec.run(sweeping(request), dir, env, this::killEverything);
  }

  private void startShell() {
    try {
      shell();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The running shell, started anew if the last one ended; null where commands use an exec each. */
  private DockerShell shell() throws InterruptedException {
    if (commands == Commands.EXEC_EACH || shellUnavailable) {
      return null;
    }
    if (shell != null && shell.alive()) {
      return shell;
    }
    if (shell != null) {
      shell.close();
    }
    try {
      shell = DockerShell.start(client, container, user, Launch.baseEnvironment(HOME));
      shellsStarted++;
      return shell;
    } catch (SandboxException e) {
      shellUnavailable = true;
      shell = null;
      LOG.warn("sandbox container {}: {}; each command runs with its own docker exec instead, tens of"
          + " milliseconds slower", shortId(), e.getMessage());
      return null;
    }
  }

  /** Kills a command's process group from outside the shell; everything of the user where that cannot be. */
  private void killGroup(long group) {
    if (group <= 0 || !new DockerExec(client, container, user, 1L << 20).kill("kill -KILL -" + group)) {
      killEverything();
      shell.close();
    }
  }

  /** Whether commands go through the long-lived shell (else an exec each), for tests. */
  synchronized boolean usesShell() throws InterruptedException {
    return shell() != null;
  }

  /** How many shells this sandbox has started, for tests. */
  synchronized int shellsStarted() {
    return shellsStarted;
  }

  /**
   * {@code request} run by a shell that, once the command ends, kills whatever it left running and
   * exits with the command's status: the sweep costs no second exec.
   */
  private static ExecRequest sweeping(ExecRequest request) {
    List<String> command = new ArrayList<>(List.of(
        "/bin/sh", "-c", "\"$@\"; status=$?; kill -KILL -1 2>/dev/null; exit $status", "fixer-exec"));
    command.addAll(request.command());
    return new ExecRequest(command, request.workdir(), request.env(), request.timeout(), request.maxOutputBytes(),
        request.mergeStderr(), request.listener());
  }

  /**
   * Kills every process of the sandbox user. A kill from inside needs a free process slot; where a
   * fork bomb took them all, the container is restarted instead, which keeps its files and network.
   */
  private void killEverything() {
    DockerExec killer = new DockerExec(client, container, user, 1L << 20);
    if (!killer.killAll()) {
      LOG.info("restarting the sandbox container {}: a kill from inside could not start", shortId());
      try {
        client.restartContainerCmd(container).withTimeout(0).exec();
      } catch (DockerException e) {
        throw new SandboxException("cannot restart the sandbox container " + shortId() + ": "
            + DockerEngine.Failures.reason(e), e);
      }
    }
  }

  @Override
  public ResourceLimits limits() {
    return config.limits();
  }

  @Override
  public String workdir() {
    return WORKDIR;
  }

  @Override
  public synchronized void closeNetwork() {
    if (!network) {
      return;
    }
    try {
      var networks = client.inspectContainerCmd(container).exec().getNetworkSettings().getNetworks();
      for (String name : networks.keySet()) {
        client.disconnectFromNetworkCmd().withContainerId(container).withNetworkId(name).withForce(true).exec();
      }
    } catch (DockerException e) {
      throw new SandboxException("cannot take the network from the sandbox container " + shortId() + ": "
          + DockerEngine.Failures.reason(e), e);
    }
    network = false;
  }

  @Override
  public String describe() {
    return "docker " + image + " (container " + shortId() + ", user " + user + ", network " + (network ? "on" : "off") + ")";
  }

  /** The container's id, for tests and logs. */
  String containerId() {
    return container;
  }

  private String shortId() {
    return container.substring(0, Math.min(12, container.length()));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (shell != null) {
      shell.close();
    }
    try {
      client.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException gone) {
      // removed already, by a sweep or by hand
    } catch (DockerException e) {
      LOG.warn("could not remove the sandbox container {}: {}; the next fixer run removes it",
          shortId(), DockerEngine.Failures.reason(e));
    } finally {
      closeOwned();
    }
  }

  private void closeOwned() {
    try {
      owned.close();
    } catch (Exception e) {
      LOG.warn("could not close the connection to the Docker engine: {}", e.getMessage());
    }
  }
}
