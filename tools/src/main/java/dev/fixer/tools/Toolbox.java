package dev.fixer.tools;

import dev.fixer.core.tool.Tool;
import dev.fixer.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The standard set of tools for one workspace and its sandbox, in the order the model sees them. */
public final class Toolbox {

  private Toolbox() {}

  /**
   * {@code read_file}, {@code list_files}, {@code search_code}, {@code edit}, {@code run_tests} and
   * {@code run_command}, all on {@code workspace}, with processes in {@code sandbox}.
   *
   * @param testCommand the configured test command, overriding detection, if any
   */
  public static List<Tool> standard(Workspace workspace, Sandbox sandbox, Optional<String> testCommand) {
    return standard(workspace, sandbox, testCommand, Optional.empty());
  }

  /**
   * The standard tools, with {@code commandTimeout} (when given) as the time limit of one
   * {@code run_tests} call and the longest a {@code run_command} may ask for; else
   * {@link RunTestsTool#DEFAULT_TIMEOUT} and {@link RunCommandTool#DEFAULT_MAX_TIMEOUT}.
   */
  public static List<Tool> standard(Workspace workspace, Sandbox sandbox, Optional<String> testCommand,
      Optional<Duration> commandTimeout) {
    return List.of(
        new ReadFileTool(workspace),
        new ListFilesTool(workspace),
        new SearchCodeTool(workspace, sandbox),
        new EditTool(workspace),
        new RunTestsTool(workspace, sandbox, testCommand, commandTimeout.orElse(RunTestsTool.DEFAULT_TIMEOUT)),
        new RunCommandTool(workspace, sandbox, RunCommandTool.DEFAULT_TIMEOUT,
            commandTimeout.orElse(RunCommandTool.DEFAULT_MAX_TIMEOUT)));
  }
}
