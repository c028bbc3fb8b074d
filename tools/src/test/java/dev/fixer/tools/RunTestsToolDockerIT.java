package dev.fixer.tools;

import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Path;

/** The same tests with the tool's commands in a Docker sandbox of fixer's default image. */
class RunTestsToolDockerIT extends RunTestsToolIT {

  @Override
  Sandbox makeSandbox(Path workspace, Path cache) {
    return Sandboxes.docker(workspace, cache);
  }
}
