package dev.fixer.sandbox;

import dev.fixer.sandbox.testing.ContainmentContract;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Path;

class BubblewrapSandboxIT extends ContainmentContract {

  @Override
  protected Sandbox create(Path workspace, Path cache, ResourceLimits limits) throws Exception {
    Sandboxes.assumeBubblewrap();
    return BubblewrapSandbox.create(SandboxConfig.of(workspace, cache).withLimits(limits));
  }
}
