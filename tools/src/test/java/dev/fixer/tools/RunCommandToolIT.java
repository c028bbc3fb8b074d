package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandToolIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ToolContext CONTEXT = new ToolContext(1, "call-1", null);

  @TempDir Path dir;
  Path repo;
  Sandbox sandbox;
  RunCommandTool tool;

  @BeforeEach
  void makeRepo() throws Exception {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve("scripts"));
    Files.writeString(repo.resolve("scripts/repro.sh"), "echo reproduced; exit 4\n");
    sandbox = makeSandbox(repo, dir.resolve("cache"));
    sandbox.closeNetwork();
    tool = new RunCommandTool(Workspace.at(repo, sandbox.workdir()), sandbox);
  }

  @AfterEach
  void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void answersWithTheExitCodeAndOutput() throws Exception {
    ToolResult result = tool.call(command("echo to-out; echo to-err >&2; javac -version"), CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output()).startsWith("exit code 0 (").contains("to-out", "to-err", "javac 17");
  }

  @Test
  void aFailingCommandIsAFailureWithItsOutput() throws Exception {
    ToolResult result = tool.call(command("bash repro.sh").put("workdir", "scripts"), CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).startsWith("exit code 4").contains("reproduced");
  }

  @Test
  void killsACommandAtItsTimeout() throws Exception {
    ToolResult result = tool.call(command("echo started; sleep 30").put("timeout_seconds", 1), CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).startsWith("timed out after 1 s").contains("started");
  }

  @Test
  void stopsAtTheRunsDeadline() throws Exception {
    ToolContext nearDeadline = new ToolContext(1, "call-1", Instant.now().plusSeconds(1));

    ToolResult result = tool.call(command("sleep 30"), nearDeadline);

    assertThat(result.output()).startsWith("timed out");
  }

  @Test
  void capsLongOutputKeepingHeadAndTail() throws Exception {
    ToolResult result = tool.call(command("seq 1 100000"), CONTEXT);

    assertThat(result.output().length()).isLessThan(RunCommandTool.MAX_OUTPUT_CHARS + 300);
    assertThat(result.output()).contains("\n1\n2\n", "cut here", "\n100000");
  }

  @Test
  void saysTheNetworkIsOffWhenACommandNeedsIt() throws Exception {
    ToolResult result = tool.call(command("getent hosts repo.maven.apache.org || echo 'Could not resolve host: repo.maven.apache.org'; exit 6"), CONTEXT);

    assertThat(result.output()).contains("the sandbox has no network");
  }

  @Test
  void refusesAWorkdirOutsideTheRepository() throws Exception {
    ToolResult result = tool.call(command("ls").put("workdir", "/etc"), CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("outside the repository");
  }

  @Test
  void saysWhenTheMemoryLimitKilledTheCommand() throws Exception {
    sandbox.close();
    sandbox = makeSandbox(repo, dir.resolve("cache"), ResourceLimits.DEFAULT.withMemoryBytes(256L << 20));
    tool = new RunCommandTool(Workspace.at(repo, sandbox.workdir()), sandbox);

    ToolResult result = tool.call(command("python3 -c 'b = bytearray(1024 * 1024 * 1024); print(\"allocated\")'"),
        CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).doesNotContain("allocated").contains("256 MiB memory limit", "the command",
        "raise limits.memory in .fixer.yml");
  }

  @Test
  void aMissingProgramIsNamedWithWhatTheSandboxShows() throws Exception {
    ToolResult result = tool.call(command("fixer-absent-tool build"), CONTEXT);

    assertThat(result.output()).startsWith("exit code 127");
    assertMissingProgramNote(result.output());
  }

  /** Bubblewrap shows /usr but not the home: the answer says so and names sandbox.bind. */
  void assertMissingProgramNote(String output) {
    assertThat(output).contains("fixer-absent-tool is not found in the bubblewrap sandbox",
        "sandbox: {bind: [~/.cargo/bin, ~/.rustup]}");
  }

  private static ObjectNode command(String line) {
    return JSON.createObjectNode().put("command", line);
  }

  /** The sandbox the tool runs in: bubblewrap here, Docker in the subclass. */
  Sandbox makeSandbox(Path workspace, Path cache) throws Exception {
    return makeSandbox(workspace, cache, ResourceLimits.DEFAULT);
  }

  Sandbox makeSandbox(Path workspace, Path cache, ResourceLimits limits) throws Exception {
    return Sandboxes.bubblewrap(workspace, cache, limits);
  }
}
