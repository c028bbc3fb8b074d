package dev.fixer.tools;

import dev.fixer.core.tool.Tool;
import dev.fixer.sandbox.Sandbox;
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
    return List.of(
        new ReadFileTool(workspace),
        new ListFilesTool(workspace),
        new SearchCodeTool(workspace, sandbox),
        new EditTool(workspace),
        new RunTestsTool(workspace, sandbox, testCommand),
        new RunCommandTool(workspace, sandbox));
  }
}
