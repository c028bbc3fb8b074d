package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import dev.fixer.sandbox.Sandbox;
import dev.fixer.sandbox.testing.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCodeToolIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ToolContext CONTEXT = new ToolContext(1, "call-1", null);

  @TempDir Path dir;
  Path repo;
  Sandbox sandbox;
  SearchCodeTool tool;

  @BeforeEach
  void makeRepo() throws Exception {
    repo = Files.createDirectories(dir.resolve("repo"));
    write("src/main/java/App.java", "class App {\n  void greet() {\n    System.out.println(\"hello\");\n  }\n}\n");
    write("src/test/java/AppTest.java", "class AppTest {\n  void greets() { new App().greet(); }\n}\n");
    write("README.md", "Call greet() to greet.\n");
    write(".gitignore", "build/\n");
    write("build/Generated.java", "class Generated { void greet() {} }\n");
    write(".git/HEAD", "greet in git metadata\n");
    sandbox = makeSandbox(repo, dir.resolve("cache"));
    sandbox.closeNetwork();
    tool = new SearchCodeTool(Workspace.at(repo, sandbox.workdir()), sandbox);
  }

  @AfterEach
  void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void groupsMatchesByFileWithLineNumbers() throws Exception {
    ToolResult result = search(args("greet\\("));

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output())
        .startsWith("3 matches in 3 files for /greet\\(/")
        .contains("src/main/java/App.java\n     2:   void greet() {")
        .contains("src/test/java/AppTest.java\n     2:   void greets() { new App().greet(); }")
        .contains("README.md\n     1: Call greet() to greet.");
  }

  @Test
  void honoursGitignoreAndNeverSearchesGitMetadata() throws Exception {
    String output = search(args("greet")).output();

    assertThat(output).doesNotContain("build/Generated.java").doesNotContain(".git/HEAD").doesNotContain("git metadata");
  }

  @Test
  void narrowsToAPathAndAGlob() throws Exception {
    assertThat(search(args("greet").put("path", "src/test")).output())
        .contains("AppTest.java").doesNotContain("App.java\n").doesNotContain("README");
    assertThat(search(args("greet").put("glob", "*.md")).output())
        .contains("README.md").doesNotContain(".java");
  }

  @Test
  void ignoresCaseWhenAsked() throws Exception {
    assertThat(search(args("HELLO")).output()).startsWith("no matches for /HELLO/");
    assertThat(search(args("HELLO").put("ignore_case", true)).output()).contains("App.java");
  }

  @Test
  void givesRipgrepsMessageForAnInvalidRegex() throws Exception {
    ToolResult result = search(args("greet("));

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("regex parse error").contains("unclosed group");
  }

  @Test
  void capsTheListingAndCountsWhatWasLeftOut() throws Exception {
    for (int file = 0; file < 30; file++) {
      write("many/F" + file + ".txt", "needle\n".repeat(10));
    }

    String output = search(args("needle")).output();

    assertThat(output).startsWith("300 matches in 30 files for /needle/");
    assertThat(output.lines().filter(line -> line.endsWith(": needle")).count()).isEqualTo(100);
    assertThat(output).contains("[200 more matches in 20 more files not shown; narrow the query, or give path or glob]");
  }

  @Test
  void refusesPathsOutsideTheRepository() throws Exception {
    ToolResult result = search(args("greet").put("path", "../"));

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("outside the repository");
  }

  @Test
  void saysHowToInstallRipgrepWhenItIsMissing() throws Exception {
    SearchCodeTool withoutRipgrep = new SearchCodeTool(Workspace.at(repo, sandbox.workdir()), sandbox, "rg-not-installed");

    ToolResult result = withoutRipgrep.call(args("greet"), CONTEXT);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("ripgrep (rg-not-installed) is not installed", "apt-get install ripgrep");
    assertThat(SearchCodeTool.unavailableIn(sandbox)).isEmpty();
  }

  private ToolResult search(ObjectNode arguments) throws InterruptedException {
    return tool.call(arguments, CONTEXT);
  }

  private static ObjectNode args(String query) {
    return JSON.createObjectNode().put("query", query);
  }

  private void write(String path, String content) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** The sandbox the tool runs in: bubblewrap here, Docker in the subclass. */
  Sandbox makeSandbox(Path workspace, Path cache) throws Exception {
    return Sandboxes.bubblewrap(workspace, cache);
  }
}
