package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.text.OutputCap;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code list_files}: the tree of a directory of the repository to a depth, capped at
 * {@value #MAX_ENTRIES} entries. It leaves out {@code .git} and build output or caches (target,
 * build, node_modules, ...) unless the path names them, and shows symbolic links without following
 * them.
 */
public final class ListFilesTool implements Tool {

  static final int DEFAULT_DEPTH = 2;
  static final int MAX_DEPTH = 6;
  static final int MAX_ENTRIES = 500;
  static final int MAX_OUTPUT_CHARS = 20_000;

  private final Workspace workspace;

  public ListFilesTool(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public String name() {
    return "list_files";
  }

  @Override
  public String description() {
    return "List the files and directories under a directory of the repository as an indented tree, to get"
        + " your bearings or find where something lives. Directories end in /, symbolic links show as"
        + " name -> target. Build output and caches (target, build, node_modules, ...) and .git are left"
        + " out unless you pass one of them as path. At most " + MAX_ENTRIES + " entries come back, upper"
        + " levels first; list a subdirectory to see more of it.";
  }

  @Override
  public JsonNode parameters() {
    return Arguments.object()
        .optional("path", "string", "The directory, relative to the repository root. Default: the root.")
        .optional("depth", "integer", "How many levels to show, 1 to " + MAX_DEPTH + ". Default "
            + DEFAULT_DEPTH + ".")
        .build();
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) {
    int depth = Arguments.intOr(arguments, "depth", DEFAULT_DEPTH);
    if (depth < 1) {
      return ToolResult.failure("depth must be from 1 to " + MAX_DEPTH + "; got " + depth + ".");
    }
    Path dir;
    try {
      dir = workspace.resolve(Arguments.textOr(arguments, "path", "."));
    } catch (RefusedPathException e) {
      return ToolResult.failure(e.getMessage());
    }
    if (!Files.exists(dir)) {
      return ToolResult.failure(SimilarPaths.missing(workspace, dir));
    }
    if (!Files.isDirectory(dir)) {
      return ToolResult.failure("'" + workspace.display(dir) + "' is a file, not a directory; read it with"
          + " read_file.");
    }
    String tree = DirectoryTree.read(workspace, dir, Math.min(depth, MAX_DEPTH), MAX_ENTRIES).render();
    String note = depth > MAX_DEPTH ? "[depth is at most " + MAX_DEPTH + "; showing " + MAX_DEPTH + " levels]\n" : "";
    return ToolResult.success(OutputCap.headTail(tree + note, MAX_OUTPUT_CHARS));
  }
}
