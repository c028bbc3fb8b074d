package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.ImageChoice;
import dev.fixer.runner.config.BindPaths;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.runner.config.SandboxSettings;
import dev.fixer.sandbox.BubblewrapSandbox;
import dev.fixer.sandbox.DockerEngine;
import dev.fixer.sandbox.DockerSandbox;
import dev.fixer.sandbox.ImageSource;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.sandbox.SandboxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns {@code --sandbox} into a sandbox, or a message that says why there is none and what to do.
 * {@code auto} is Docker where an engine answers ({@code DOCKER_HOST}, else the local socket), else
 * bubblewrap.
 */
final class SandboxFactory {

  private SandboxFactory() {}

  /**
   * Checks before any work is done that {@code choice} can be had on this machine.
   *
   * @throws FixerException naming what is missing and how to get it
   */
  static SandboxChoice settle(SandboxChoice choice, Map<String, String> env) throws InterruptedException {
    switch (choice) {
      case NONE -> {
        return SandboxChoice.NONE;
      }
      case DOCKER -> {
        DockerEngine.unavailableBecause(env.get("DOCKER_HOST")).ifPresent(problem -> {
          throw FixerException.usage(problem);
        });
        return SandboxChoice.DOCKER;
      }
      case BWRAP -> {
        BubblewrapSandbox.unavailableBecause().ifPresent(problem -> {
          throw FixerException.usage(problem);
        });
        return SandboxChoice.BWRAP;
      }
      default -> {
        Optional<String> docker = DockerEngine.unavailableBecause(env.get("DOCKER_HOST"));
        if (docker.isEmpty()) {
          return SandboxChoice.DOCKER;
        }
        Optional<String> bubblewrap = BubblewrapSandbox.unavailableBecause();
        if (bubblewrap.isPresent()) {
          throw FixerException.usage("no sandbox is available: " + bubblewrap.get() + "; and " + docker.get()
              + "; or pass --sandbox none to run the agent's commands on this machine without isolation");
        }
        return SandboxChoice.BWRAP;
      }
    }
  }

  /**
   * The sandbox's config for a run on {@code workCopy}: fixer's default limits with those of
   * {@code .fixer.yml}, and, for bubblewrap, the paths of {@code sandbox: bind:} read-only. Docker
   * and no sandbox ignore the paths, with a note.
   *
   * @throws FixerException a usage error naming a bound path that is missing or would show secrets
   */
  static SandboxConfig config(SandboxChoice settled, SandboxSettings settings, Path workCopy,
      Map<String, String> env, Consumer<String> lines) {
    FixerHome home = FixerHome.from(env);
    SandboxConfig config = SandboxConfig.of(workCopy, home.sandbox())
        .withLimits(settings.limits(ResourceLimits.DEFAULT));
    if (settings.bind().isEmpty()) {
      return config;
    }
    if (settled != SandboxChoice.BWRAP) {
      lines.accept("note: sandbox.bind in .fixer.yml (" + String.join(", ", settings.bind()) + ") is for bubblewrap;"
          + (settled == SandboxChoice.DOCKER ? " the Docker sandbox runs what its image holds" : " without a sandbox"
          + " the whole machine is visible") + ", so it is ignored");
      return config;
    }
    Path userHome = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    try {
      return config.withExtraReadOnly(BindPaths.resolve(settings.bind(), userHome, home.root()));
    } catch (IllegalArgumentException e) {
      throw FixerException.usage(".fixer.yml: " + e.getMessage());
    }
  }

  /**
   * The sandbox for a settled choice. A Docker sandbox runs {@code image} (null: fixer's own),
   * pulled or built first where the engine lacks it, with a Dockerfile read from {@code repoRoot}.
   *
   * @throws SandboxException naming what failed, for the caller to say how to resume
   */
  static Sandbox create(SandboxChoice settled, SandboxConfig config, ImageChoice image, Path repoRoot,
      Map<String, String> env, Consumer<String> lines) throws InterruptedException {
    if (settled == SandboxChoice.DOCKER) {
      return DockerSandbox.start(env.get("DOCKER_HOST"), config, imageSource(image, repoRoot), lines);
    }
    if (image != null) {
      lines.accept("note: .fixer.yml names the " + image.describe() + ", which only the Docker sandbox uses;"
          + " this run uses " + (settled == SandboxChoice.NONE ? "no sandbox" : "bubblewrap"));
    }
    return settled == SandboxChoice.NONE ? LocalSandbox.create(config) : BubblewrapSandbox.create(config);
  }

  /** Says which sandbox runs the commands, or warns that none isolates them. */
  static void announce(SandboxChoice settled, Sandbox sandbox, Consumer<String> lines) {
    lines.accept(settled == SandboxChoice.NONE ? LocalSandbox.warning() : "sandbox: " + sandbox.describe());
  }

  static ImageSource imageSource(ImageChoice image, Path repoRoot) {
    if (image == null) {
      return ImageSource.standard();
    }
    if (image.image() != null) {
      return new ImageSource.Named(image.image());
    }
    return new ImageSource.Built(repoRoot, repoRoot.resolve(image.dockerfile()));
  }
}
