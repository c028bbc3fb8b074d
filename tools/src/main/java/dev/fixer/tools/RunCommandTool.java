package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.text.OutputCap;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.Sandbox;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code run_command}: a bash command in the sandbox, for what the other tools do not cover
 * (compiling, a reproduction script). Timed out and capped; the answer is the exit code and output.
 */
public final class RunCommandTool implements Tool {

  static final int MAX_OUTPUT_CHARS = 20_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  public static final Duration DEFAULT_MAX_TIMEOUT = Duration.ofMinutes(15);

  private final Workspace workspace;
  private final Sandbox sandbox;
  private final Duration defaultTimeout;
  private final Duration maxTimeout;

  public RunCommandTool(Workspace workspace, Sandbox sandbox, Duration defaultTimeout, Duration maxTimeout) {
    this.workspace = workspace;
    this.sandbox = sandbox;
    this.defaultTimeout = defaultTimeout.compareTo(maxTimeout) > 0 ? maxTimeout : defaultTimeout;
    this.maxTimeout = maxTimeout;
  }

  /** Two minutes by default, at most fifteen. */
  public RunCommandTool(Workspace workspace, Sandbox sandbox) {
    this(workspace, sandbox, DEFAULT_TIMEOUT, DEFAULT_MAX_TIMEOUT);
  }

  @Override
  public String name() {
    return "run_command";
  }

  @Override
  public String description() {
    return "Run a bash command in the repository's sandbox and get its exit code and output (stdout and"
        + " stderr together). For what the other tools do not cover: compiling, running a reproduction"
        + " script, inspecting the build. Use read_file, search_code, edit and run_tests for reading,"
        + " searching, changing files and running tests. The sandbox has no network: downloads fail."
        + " There is no terminal and no input; commands that wait for input get none. Long output is cut"
        + " in the middle. The default timeout is " + defaultTimeout.toSeconds() + " s.";
  }

  @Override
  public JsonNode parameters() {
    return Arguments.object()
        .required("command", "string", "The bash command line, run from the repository root (or `workdir`).")
        .optional("workdir", "string", "A directory to run in, relative to the repository root.")
        .optional("timeout_seconds", "integer", "Seconds before the command is killed; at most " + maxTimeout.toSeconds() + ".")
        .build();
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) throws InterruptedException {
    String command = arguments.get("command").asText();
    String workdir;
    try {
      String given = Arguments.textOr(arguments, "workdir", "");
      workdir = given.isBlank() ? "" : workspace.display(workspace.resolve(given));
    } catch (RefusedPathException e) {
      return ToolResult.failure(e.getMessage());
    }
    int seconds = Arguments.intOr(arguments, "timeout_seconds", (int) defaultTimeout.toSeconds());
    Duration timeout = Duration.ofSeconds(Math.max(1, Math.min(seconds, maxTimeout.toSeconds())));
    ExecResult result = sandbox.exec(ExecRequest.shell(command)
        .withWorkdir(workdir.equals(".") ? "" : workdir)
        .withTimeout(Timeouts.within(timeout, context)));
    return answer(result, timeout);
  }

  private ToolResult answer(ExecResult result, Duration timeout) {
    String output = OutputCap.headTail(result.stdout() + result.stderr(), MAX_OUTPUT_CHARS);
    String seconds = String.format(Locale.ROOT, "%.1f s", result.duration().toMillis() / 1000.0);
    if (result.timedOut()) {
      return ToolResult.failure("timed out after " + timeout.toSeconds() + " s; the command and everything it"
          + " started were killed. Output so far:\n" + output);
    }
    if (result.outputLimited()) {
      return ToolResult.failure("killed after printing " + result.outputBytes() + " bytes; redirect the"
          + " output to a file and read the part you need. Output (cut):\n" + output);
    }
    String head = "exit code " + result.exitCode() + " (" + seconds + ")" + networkNote(output)
        + sandbox.explain(result, "the command").map(cause -> "\n" + cause).orElse("");
    String text = output.isEmpty() ? head + ", no output" : head + "\n" + output;
    return result.exitCode() == 0 ? ToolResult.success(text) : ToolResult.failure(text);
  }

  private static String networkNote(String output) {
    String lower = output.toLowerCase(Locale.ROOT);
    boolean network = lower.contains("could not resolve host") || lower.contains("network is unreachable")
        || lower.contains("temporary failure in name resolution") || lower.contains("unknownhostexception");
    return network ? "; note: the sandbox has no network, so downloads and remote calls fail" : "";
  }
}
