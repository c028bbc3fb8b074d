package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Path;

/** The same tests with the tool's commands in a Docker sandbox of fixer's default image. */
class RunCommandToolDockerIT extends RunCommandToolIT {

  @Override
  Sandbox makeSandbox(Path workspace, Path cache, ResourceLimits limits) {
    return Sandboxes.docker(workspace, cache, limits);
  }

  /** The image is the whole file system: nothing to bind, so no note. */
  @Override
  void assertMissingProgramNote(String output) {
    assertThat(output).contains("fixer-absent-tool", "not found").doesNotContain("sandbox.bind", "bubblewrap");
  }
}
