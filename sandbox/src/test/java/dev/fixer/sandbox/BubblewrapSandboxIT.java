package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.sandbox.testing.ContainmentContract;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BubblewrapSandboxIT extends ContainmentContract {

  @Override
  protected Sandbox create(Path workspace, Path cache, ResourceLimits limits) throws Exception {
    Sandboxes.assumeBubblewrap();
    return BubblewrapSandbox.create(SandboxConfig.of(workspace, cache).withLimits(limits));
  }

  @Test
  void namesAProgramItDoesNotShowAndTheBindOption() throws Exception {
    ExecResult result = run("fixer-absent-tool --version");

    assertThat(result.exitCode()).isEqualTo(127);
    assertThat(sandbox.explain(result, "the command")).hasValueSatisfying(text -> assertThat(text)
        .startsWith("fixer-absent-tool is not found in the bubblewrap sandbox")
        .contains("sandbox: {bind: [~/.cargo/bin, ~/.rustup]}", "Docker sandbox"));
  }

  @Test
  void showsABoundToolchainReadOnlyWithItsBinOnThePath() throws Exception {
    Path toolchain = Files.createDirectories(outside.resolve("toolchain/bin"));
    Path tool = Files.writeString(toolchain.resolve("fixer-bound-tool"), "#!/bin/sh\necho bound tool works\n");
    Files.writeString(toolchain.getParent().resolve("credentials.toml"), "token = \"cio-secret-token\"\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    sandbox.close();
    sandbox = BubblewrapSandbox.create(SandboxConfig.of(workspace, outside.resolve("cache")).withLimits(TIGHT)
        .withExtraReadOnly(List.of(toolchain.getParent())));

    ExecResult result = sandbox.exec(ExecRequest.shell("fixer-bound-tool; cat " + toolchain.getParent()
            + "/credentials.toml; touch " + toolchain + "/written")
        .withTimeout(Duration.ofSeconds(30)));

    assertThat(result.stdout()).contains("bound tool works").doesNotContain("cio-secret-token");
    assertThat(result.exitCode()).as("the bound path is read-only").isNotZero();
    assertThat(toolchain.resolve("written")).doesNotExist();
  }

  @Test
  void runsARustupToolchainFromTheHomeWhenItsDirectoriesAreBound() throws Exception {
    Path home = Path.of(System.getProperty("user.home"));
    Assumptions.assumeTrue(Files.isExecutable(home.resolve(".cargo/bin/cargo")) && Files.isDirectory(home.resolve(".rustup")),
        "skipped: no rustup toolchain in " + home);
    Path cargo = home.resolve(".cargo/bin/cargo");
    ExecResult hidden = run("command -v cargo; echo end");
    sandbox.close();
    sandbox = BubblewrapSandbox.create(SandboxConfig.of(workspace, outside.resolve("cache")).withLimits(TIGHT)
        .withExtraReadOnly(List.of(home.resolve(".cargo/bin"), home.resolve(".rustup"))));

    ExecResult shown = run("command -v cargo && cargo --version && mkdir -p ~/.cargo/registry && echo writable");

    assertThat(hidden.stdout()).as("without the bind").doesNotContain(cargo.toString());
    assertThat(shown.stdout()).as(shown.stdout()).startsWith(cargo + "\n").containsPattern("(?m)^cargo \\d")
        .contains("writable");
  }
}
