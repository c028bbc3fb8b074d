package dev.fixer.tools;

import static dev.fixer.tools.FileToolCalls.call;
import static dev.fixer.tools.FileToolCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFilesToolTest {

  @TempDir Path base;
  Path repo;
  Path outside;
  ListFilesTool tool;

  @BeforeEach
  void setUp() throws IOException {
    repo = Files.createDirectories(base.resolve("repo"));
    outside = write(base.resolve("outside/secret.txt"), "secret content\n");
    tool = new ListFilesTool(Workspace.at(repo, "/workspace"));
  }

  @Test
  void showsTheTreeTwoLevelsDeepWithDirectoriesMarked() throws IOException {
    write(repo.resolve("README.md"), "# App\n");
    write(repo.resolve("src/main/App.java"), "class App {}\n");
    write(repo.resolve("src/Build.java"), "class Build {}\n");
    Files.createDirectories(repo.resolve("src/test"));

    ToolResult result = call(tool);

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output()).isEqualTo("""
        ./
          README.md
          src/
            Build.java
            main/
            test/
        [directories at the depth limit are shown without their contents; pass a larger depth or a \
        subdirectory as path to see inside]
        """);
  }

  @Test
  void listsASubdirectoryToTheDepthAsked() throws IOException {
    write(repo.resolve("src/main/java/App.java"), "class App {}\n");

    String output = call(tool, "path", "src", "depth", 3).output();

    assertThat(output).isEqualTo("src/\n  main/\n    java/\n      App.java\n");
  }

  @Test
  void leavesOutGitAndBuildOutputAndSaysWhichBuildOutputItLeftOut() throws IOException {
    write(repo.resolve(".git/config"), "[core]\n");
    write(repo.resolve("target/classes/App.class"), "x");
    write(repo.resolve("web/node_modules/left-pad/index.js"), "x");
    write(repo.resolve("web/app.js"), "x");

    String output = call(tool, "depth", 4).output();

    assertThat(output).doesNotContain(".git").doesNotContain("classes").doesNotContain("left-pad")
        .contains("  web/\n    app.js\n")
        .contains("[not listed, as build output or caches: target/, web/node_modules/;");
  }

  @Test
  void listsBuildOutputWhenThePathNamesIt() throws IOException {
    write(repo.resolve("target/classes/App.class"), "x");

    String output = call(tool, "path", "target").output();

    assertThat(output).isEqualTo("target/\n  classes/\n    App.class\n");
  }

  @Test
  void stopsAt500EntriesAndSaysHowManyItLeftOut() throws IOException {
    for (int i = 0; i < 520; i++) {
      write(repo.resolve(String.format("many/file%03d.txt", i)), "x");
    }
    write(repo.resolve("top.txt"), "x");

    String output = call(tool).output();

    assertThat(output).contains("  top.txt\n").contains("    file497.txt\n").doesNotContain("file498.txt")
        .contains("[22 more entries not shown: the listing stops at 500 entries;");
  }

  @Test
  void showsSymlinksWithoutFollowingThem() throws IOException {
    Files.createSymbolicLink(repo.resolve("shared"), outside.getParent());
    write(repo.resolve("real.txt"), "x");
    Files.createSymbolicLink(repo.resolve("alias.txt"), Path.of("real.txt"));

    String output = call(tool).output();

    assertThat(output).contains("  alias.txt -> real.txt\n")
        .contains("  shared -> " + outside.getParent() + "\n")
        .doesNotContain("secret.txt");
  }

  @Test
  void refusesToListASymlinkedDirectoryLeadingOut() throws IOException {
    Files.createSymbolicLink(repo.resolve("shared"), outside.getParent());

    ToolResult result = call(tool, "path", "shared");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("symbolic link").doesNotContain("secret.txt");
  }

  @Test
  void refusesToClimbOutOfTheRepository() {
    ToolResult result = call(tool, "path", "..");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("outside the repository").doesNotContain("outside/");
  }

  @Test
  void refusesToListGit() throws IOException {
    write(repo.resolve(".git/config"), "[core]\n");

    ToolResult result = call(tool, "path", ".git");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains(".git").doesNotContain("config");
  }

  @Test
  void aFileIsNotADirectory() throws IOException {
    write(repo.resolve("README.md"), "# App\n");

    ToolResult result = call(tool, "path", "README.md");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("is a file").contains("read_file");
  }

  @Test
  void aMissingDirectorySuggestsSimilarNames() throws IOException {
    Files.createDirectories(repo.resolve("source/main"));

    ToolResult result = call(tool, "path", "sorce");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("'sorce' does not exist").contains("source");
  }

  @Test
  void saysAnEmptyDirectoryIsEmpty() throws IOException {
    Files.createDirectories(repo.resolve("empty"));

    assertThat(call(tool, "path", "empty").output()).isEqualTo("empty/\n  (empty)\n");
  }

  @Test
  void showsAtMostSixLevelsAndSaysSo() throws IOException {
    write(repo.resolve("a/b/c/d/e/f/g/deep.txt"), "x");

    String output = call(tool, "depth", 10).output();

    assertThat(output).contains("            f/\n").doesNotContain("g/")
        .contains("[depth is at most 6; showing 6 levels]");
  }

  @Test
  void aDepthBelowOneIsRefused() {
    ToolResult result = call(tool, "depth", 0);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("depth must be from 1 to 6");
  }
}
