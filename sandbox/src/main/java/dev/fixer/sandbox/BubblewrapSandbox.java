package dev.fixer.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bubblewrap jail per command, on Linux without Docker. Inside: the workspace read-write at
 * {@value #WORKDIR}, the sandbox home ({@code home-bwrap-<uid>} in the cache) read-write at the user's home path, the host's
 * system read-only as {@link HostView} shows it (with the extra read-only paths of the
 * config over the home, their {@code bin} directories first on the PATH), a private {@code /tmp}, new PID, IPC, UTS and
 * network namespaces (the network shared only until {@link #closeNetwork()}), no capabilities, a
 * clean environment, and the {@link ResourceLimits}.
 */
public final class BubblewrapSandbox implements Sandbox {

  static final String WORKDIR = "/workspace";

  private final SandboxConfig config;
  private final Launch launch;
  private final List<String> hostView;
  private final List<String> extraView;
  private final String home;
  private final Path hostHome;
  private final boolean asRoot;
  private final ProcessRunner runner;
  private volatile boolean network = true;

  private BubblewrapSandbox(SandboxConfig config) throws IOException {
    this.config = config;
    this.home = System.getProperty("user.home");
    this.asRoot = Launch.runningAsRoot();
    this.hostView = HostView.arguments();
    this.extraView = HostView.extraArguments(config.extraReadOnly());
    this.hostHome = SandboxHome.bubblewrap(config);
    SandboxHome.prepare(hostHome, SandboxUser.self(), SandboxUser.selfGroup());
    this.launch = new Launch(config.limits());
    this.runner = new ProcessRunner(config.limits().killAfterOutputBytes(), false);
  }

  /**
   * A sandbox for {@code config}, after checking that bubblewrap is installed and can make its
   * namespaces here.
   *
   * @throws SandboxException naming what is missing and how to get it
   */
  public static BubblewrapSandbox create(SandboxConfig config) throws InterruptedException {
    unavailableBecause().ifPresent(problem -> {
      throw new SandboxException(problem);
    });
    if (!Files.isDirectory(config.workspace())) {
      throw new SandboxException("the workspace " + config.workspace() + " is not a directory");
    }
    try {
      return new BubblewrapSandbox(config);
    } catch (IOException e) {
      throw new SandboxException("cannot prepare the bubblewrap sandbox: " + e.getMessage(), e);
    }
  }

  /** Why bubblewrap cannot be used on this machine, or empty if it can. */
  public static Optional<String> unavailableBecause() throws InterruptedException {
    ProcessBuilder probe = new ProcessBuilder(
        "bwrap", "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true")
        .redirectErrorStream(true);
    try {
      Process process = probe.start();
      String output = new String(process.getInputStream().readAllBytes()).trim();
      if (process.waitFor() != 0) {
        return Optional.of("bubblewrap cannot create its namespaces here (" + output + "); allow"
            + " unprivileged user namespaces (on Ubuntu: sysctl kernel.apparmor_restrict_unprivileged_userns=0)");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("bubblewrap (bwrap) is not installed: install it with"
          + " `sudo apt-get install -y bubblewrap` (Debian, Ubuntu) or `sudo dnf install bubblewrap`");
    }
  }

  @Override
  public ExecResult exec(ExecRequest request) throws InterruptedException {
    if (!Files.isDirectory(config.workspace().resolve(request.workdir()))) {
      return notADirectory(request);
    }
    List<String> argv = new ArrayList<>(launch.prefix(false));
    argv.addAll(jail(request));
    argv.addAll(request.command());
    return runner.run(argv, config.workspace(), Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), request);
  }

  private List<String> jail(ExecRequest request) {
    List<String> args = new ArrayList<>(List.of(
        "bwrap", "--die-with-parent", "--new-session", "--unshare-all", "--hostname", "fixer-sandbox"));
    if (network) {
      args.add("--share-net");
    }
    if (asRoot) {
      args.addAll(List.of("--cap-drop", "ALL"));
    }
    args.addAll(hostView);
    args.addAll(List.of(
        "--dev", "/dev",
        "--proc", "/proc",
        "--tmpfs", "/tmp",
        "--bind", hostHome.toString(), home,
        "--bind", config.workspace().toString(), WORKDIR));
    args.addAll(extraView);
    args.addAll(List.of(
        "--chdir", request.workdir().isEmpty() ? WORKDIR : WORKDIR + "/" + request.workdir(),
        "--clearenv"));
    Map<String, String> env = new HashMap<>(Launch.baseEnvironment(home));
    env.put("PATH", HostView.path(config.extraReadOnly(), env.get("PATH")));
    env.putAll(Launch.jvmMemory(config.limits()));
    env.putAll(request.env());
    env.forEach((name, value) -> args.addAll(List.of("--setenv", name, value)));
    args.add("--");
    return args;
  }

  static ExecResult notADirectory(ExecRequest request) {
    return new ExecResult(-1, "", "no such directory in the workspace: " + request.workdir(),
        false, false, Duration.ZERO, 0);
  }

  @Override
  public ResourceLimits limits() {
    return config.limits();
  }

  @Override
  public Optional<String> explain(ExecResult result, String subject) {
    return Sandbox.super.explain(result, subject)
        .or(() -> FailureCause.missingCommand(result).map(FailureCause::notInBubblewrap));
  }

  @Override
  public String workdir() {
    return WORKDIR;
  }

  @Override
  public void closeNetwork() {
    network = false;
  }

  @Override
  public String describe() {
    return "bubblewrap (network " + (network ? "on" : "off")
        + (launch.limitsWholeTree() ? "" : "; process limit per process only, as fixer runs as root without cgroups") + ")";
  }

  @Override
  public void close() {
    launch.close();
  }
}
