package dev.fixer.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No isolation: commands run on this machine as the user running fixer, with its files and its
 * network. Only for when the user asks for it by name ({@code --sandbox none}). What it still does:
 * a clean environment (no key, no token), {@code home-local-<uid>} in the cache as home, the resource limits, and killing the
 * process tree at the timeout. {@link #closeNetwork()} cannot be enforced here and is only noted.
 */
public final class LocalSandbox implements Sandbox {

  private final SandboxConfig config;
  private final String home;
  private final Launch launch;
  private final ProcessRunner runner;

  private LocalSandbox(SandboxConfig config, Path home) {
    this.config = config;
    this.home = home.toString();
    this.launch = new Launch(config.limits());
    this.runner = new ProcessRunner(config.limits().killAfterOutputBytes(), true);
  }

  /** @throws SandboxException if the workspace is not a directory or the home cannot be made */
  public static LocalSandbox create(SandboxConfig config) {
    if (!Files.isDirectory(config.workspace())) {
      throw new SandboxException("the workspace " + config.workspace() + " is not a directory");
    }
    Path home = SandboxHome.local(config);
    SandboxHome.prepare(home, SandboxUser.self(), SandboxUser.selfGroup());
    return new LocalSandbox(config, home);
  }

  /** The line to show the user when this sandbox is chosen. */
  public static String warning() {
    return "warning: --sandbox none: the agent's commands run on this machine with your user's"
        + " rights, files and network; only the environment is cleaned";
  }

  @Override
  public ExecResult exec(ExecRequest request) throws InterruptedException {
    if (!Files.isDirectory(config.workspace().resolve(request.workdir()))) {
      return BubblewrapSandbox.notADirectory(request);
    }
    List<String> argv = new ArrayList<>(launch.prefix(true));
    argv.addAll(request.command());
    Map<String, String> env = new HashMap<>(Launch.baseEnvironment(home));
    env.putAll(Launch.jvmMemory(config.limits()));
    env.putAll(request.env());
    return runner.run(argv, config.workspace().resolve(request.workdir()), env, request);
  }

  @Override
  public ResourceLimits limits() {
    return config.limits();
  }

  @Override
  public String workdir() {
    return config.workspace().toString();
  }

  @Override
  public void closeNetwork() {
    // nothing can stop a local process from using the network; describe() says so
  }

  @Override
  public String describe() {
    return "none (no isolation: host files and network)";
  }

  @Override
  public void close() {
    launch.close();
  }
}
