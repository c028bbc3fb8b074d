package dev.fixer.runner.run;

import dev.fixer.runner.FixerException;
import dev.fixer.runner.config.SandboxChoice;
import dev.fixer.sandbox.BubblewrapSandbox;
import dev.fixer.sandbox.LocalSandbox;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.SandboxConfig;
import dev.fixer.sandbox.SandboxException;
import java.util.Optional;

/** Turns {@code --sandbox} into a sandbox, or a message that says why there is none and what to do. */
final class SandboxFactory {

  private SandboxFactory() {}

  /**
   * Checks before any work is done that {@code choice} can be had on this machine.
   *
   * @throws FixerException naming what is missing and how to get it
   */
  static SandboxChoice settle(SandboxChoice choice) throws InterruptedException {
    switch (choice) {
      case DOCKER -> throw FixerException.usage("--sandbox docker is not available in this version of fixer;"
          + " use --sandbox bwrap (bubblewrap) or --sandbox auto");
      case NONE -> {
        return SandboxChoice.NONE;
      }
      default -> {
        Optional<String> problem = BubblewrapSandbox.unavailableBecause();
        if (problem.isPresent()) {
          throw FixerException.usage(choice == SandboxChoice.AUTO
              ? "no sandbox is available: " + problem.get() + "; or pass --sandbox none to run the agent's"
                  + " commands on this machine without isolation"
              : problem.get());
        }
        return SandboxChoice.BWRAP;
      }
    }
  }

  /** The sandbox for a settled choice. */
  static Sandbox create(SandboxChoice settled, SandboxConfig config) throws InterruptedException {
    try {
      return settled == SandboxChoice.NONE ? LocalSandbox.create(config) : BubblewrapSandbox.create(config);
    } catch (SandboxException e) {
      throw FixerException.infrastructure("cannot start the sandbox: " + e.getMessage(), e);
    }
  }
}
