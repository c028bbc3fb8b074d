package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.sandbox.SandboxException;
import dev.fixer.tools.RunTestsTool;
import dev.fixer.tools.SetupResult;
import dev.fixer.tools.TestRun;
import dev.fixer.tools.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A sandbox over a directory with setup done, where tests run by name, as in {@code fixer run}: the
 * sandbox chosen as {@code --sandbox} chooses it, its home (dependency caches) kept in fixer's home,
 * setup run with the network on, then the network closed. For scoring an evaluation's instances.
 * {@link #close()} stops the sandbox.
 */
public final class TestBench implements AutoCloseable {

  private final RecordingSandbox sandbox;
  private final RunTestsTool tests;
  private final SetupResult setup;

  private TestBench(RecordingSandbox sandbox, RunTestsTool tests, SetupResult setup) {
    this.sandbox = sandbox;
    this.tests = tests;
    this.setup = setup;
  }

  /**
   * What a bench needs.
   *
   * @param root the directory the sandbox works in, mounted read-write
   * @param env where the sandbox's cache is ({@link FixerHome}) and a Docker engine ({@code DOCKER_HOST})
   * @param setup the setup script; the detected build's default when empty
   * @param testCommand the test command; the detected build's when empty
   * @param lines progress: the sandbox, and how setup went
   */
  public record Spec(Path root, Map<String, String> env, SandboxChoice sandbox, Optional<String> setup,
      Optional<String> testCommand, Duration setupTimeout, Consumer<String> lines) {

    public Spec {
      Objects.requireNonNull(root, "root");
      env = Map.copyOf(env);
      Objects.requireNonNull(sandbox, "sandbox");
      setup = setup.filter(script -> !script.isBlank());
      testCommand = testCommand.filter(command -> !command.isBlank());
      Objects.requireNonNull(setupTimeout, "setupTimeout");
      Objects.requireNonNull(lines, "lines");
    }
  }

  /**
   * Creates the sandbox over {@code spec.root()} and runs setup there; the network is off when it
   * returns. A failed setup is not fatal: {@link #setup()} tells it.
   *
   * @throws FixerException if the sandbox chosen cannot be had on this machine, or fails to start
   */
  public static TestBench open(Spec spec) throws InterruptedException {
    SandboxChoice settled = SandboxFactory.settle(spec.sandbox(), spec.env());
    SandboxConfig config = SandboxConfig.of(spec.root(), FixerHome.from(spec.env()).sandbox());
    RecordingSandbox sandbox;
    try {
      sandbox = new RecordingSandbox(SandboxFactory.create(settled, config, null, spec.root(), spec.env(),
          spec.lines()));
    } catch (SandboxException e) {
      throw FixerException.infrastructure("the sandbox failed to start: " + e.getMessage(), e);
    }
    try {
      SandboxFactory.announce(settled, sandbox, spec.lines());
      Workspace workspace = Workspace.at(spec.root(), sandbox.workdir());
      SetupResult setup = SetupPhase.run(workspace, sandbox, spec.setup(), spec.setupTimeout(),
          "the tests run anyway", spec.lines());
      return new TestBench(sandbox, new RunTestsTool(workspace, sandbox, spec.testCommand()), setup);
    } catch (InterruptedException | RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  /** How setup went. */
  public SetupResult setup() {
    return setup;
  }

  /** The run_tests tool over the sandbox, the configured test command if any. */
  public RunTestsTool tests() {
    return tests;
  }

  /** Runs the named tests (all when empty), as {@link RunTestsTool#run} does. */
  public TestRun run(List<String> names, Duration limit) throws InterruptedException {
    return tests.run(names, limit);
  }

  /** Every command run so far (setup, tests), each with all it printed and how it ended. */
  public String transcript() {
    return sandbox.transcript();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
