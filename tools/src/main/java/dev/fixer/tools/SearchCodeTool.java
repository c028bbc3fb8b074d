package dev.fixer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code search_code}: ripgrep ({@code rg --json}) run in the sandbox, honouring {@code .gitignore},
 * answered as matching lines grouped by file, capped, with the count of what was left out.
 */
public final class SearchCodeTool implements Tool {

  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String INSTALL_HINT = "install ripgrep where the tools run (Debian and Ubuntu:"
      + " apt-get install ripgrep; macOS: brew install ripgrep; or a release from"
      + " https://github.com/BurntSushi/ripgrep/releases)";
  private static final int OUTPUT_BYTES = 256 << 10;

  private final Workspace workspace;
  private final Sandbox sandbox;
  private final String program;
  private final SearchListing listing;

  /** @param program the ripgrep executable, {@code rg} unless a test names another */
  public SearchCodeTool(Workspace workspace, Sandbox sandbox, String program) {
    this.workspace = workspace;
    this.sandbox = sandbox;
    this.program = program;
    this.listing = new SearchListing(100, 20);
  }

  public SearchCodeTool(Workspace workspace, Sandbox sandbox) {
    this(workspace, sandbox, "rg");
  }

  /** Why search_code cannot work in {@code sandbox}, for the user, or empty if it can. */
  public static Optional<String> unavailableIn(Sandbox sandbox) throws InterruptedException {
    ExecResult result = sandbox.exec(ExecRequest.of("rg", "--version"));
    return result.succeeded() ? Optional.empty()
        : Optional.of("ripgrep (rg) cannot run in the sandbox " + sandbox.describe() + ": " + INSTALL_HINT);
  }

  @Override
  public String name() {
    return "search_code";
  }

  @Override
  public String description() {
    return "Search the repository's files for a regular expression (ripgrep syntax, like Rust's regex:"
        + " escape ( ) [ ] { } . * + ? | \\ to match them literally). Honours .gitignore, so build output"
        + " and dependencies are not searched. Answers with matching lines grouped by file, with line"
        + " numbers; long answers are cut and say how much was left out. Narrow a search with `path`"
        + " (a file or directory) or `glob` (e.g. *.java or src/**/*Test.py). Use read_file to see the"
        + " lines around a match.";
  }

  @Override
  public JsonNode parameters() {
    return Arguments.object()
        .required("query", "string", "The regular expression to search for.")
        .optional("path", "string", "A file or directory to search in, relative to the repository root. Default: the whole repository.")
        .optional("glob", "string", "Only search files whose path matches this glob, e.g. *.java or !**/test/**.")
        .optional("ignore_case", "boolean", "Match without regard to case. Default: false.")
        .build();
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) throws InterruptedException {
    String query = arguments.get("query").asText();
    String path = Arguments.textOr(arguments, "path", "");
    String where;
    try {
      where = path.isBlank() ? "." : workspace.display(workspace.resolve(path));
    } catch (RefusedPathException e) {
      return ToolResult.failure(e.getMessage());
    }
    ExecResult result = sandbox.exec(ExecRequest.of(command(query, where, arguments))
        .withTimeout(Timeouts.within(TIMEOUT, context))
        .withMaxOutputBytes(OUTPUT_BYTES)
        .separateStderr());
    return answer(query, where, result);
  }

  private List<String> command(String query, String where, JsonNode arguments) {
    List<String> argv = new ArrayList<>(List.of(
        program, "--json", "--hidden", "--no-require-git", "--glob", "!.git"));
    if (arguments.path("ignore_case").asBoolean(false)) {
      argv.add("--ignore-case");
    }
    String glob = Arguments.textOr(arguments, "glob", "");
    if (!glob.isBlank()) {
      argv.addAll(List.of("--glob", glob));
    }
    argv.addAll(List.of("--regexp", query, "--", where));
    return argv;
  }

  /**
   * The sandbox could not start ripgrep: the jail says there is no such file, or a shell exits 127,
   * its code for a command it cannot find.
   */
  private boolean missing(ExecResult result) {
    return result.exitCode() != 0 && result.stdout().isEmpty() && result.stderr().contains(program)
        && (result.exitCode() == 127 || result.stderr().contains("No such file or directory"));
  }

  private ToolResult answer(String query, String where, ExecResult result) {
    String scope = where.equals(".") ? "" : " in " + where;
    if (missing(result)) {
      return ToolResult.failure("search_code cannot run: ripgrep (" + program + ") is not installed in the sandbox;"
          + " use run_command with grep -rn instead. To fix it for later runs, " + INSTALL_HINT + ".");
    }
    if (result.timedOut()) {
      return ToolResult.failure("the search for /" + query + "/" + scope + " took longer than "
          + TIMEOUT.toSeconds() + " s and was stopped; narrow it with path or glob");
    }
    RipgrepResults found = RipgrepResults.parse(result.stdout(), listing.enough());
    if (result.exitCode() == 1 && found.byFile().isEmpty()) {
      return ToolResult.success("no matches for /" + query + "/" + scope
          + " (files ignored by .gitignore are not searched)");
    }
    if (result.exitCode() == 2 && found.byFile().isEmpty()) {
      return ToolResult.failure("ripgrep refused the search: " + result.stderr().strip());
    }
    return ToolResult.success(listing.render(query, scope, found, result.outputLimited()));
  }
}
