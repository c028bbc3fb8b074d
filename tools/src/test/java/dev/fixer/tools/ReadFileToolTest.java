package dev.fixer.tools;

import static dev.fixer.tools.FileToolCalls.call;
import static dev.fixer.tools.FileToolCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFileToolTest {

  @TempDir Path base;
  Path repo;
  Path outside;
  ReadFileTool tool;

  @BeforeEach
  void setUp() throws IOException {
    repo = Files.createDirectories(base.resolve("repo"));
    outside = write(base.resolve("outside/secret.txt"), "secret content\n");
    tool = new ReadFileTool(Workspace.at(repo, "/workspace"));
  }

  private static String numberedLines(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
  }

  @Test
  void showsTheFileAsNumberedLines() throws IOException {
    write(repo.resolve("src/App.java"), "class App {\n  int x;\n}\n");

    ToolResult result = call(tool, "path", "src/App.java");

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output()).isEqualTo("   1\tclass App {\n   2\t  int x;\n   3\t}\n");
  }

  @Test
  void acceptsThePathAsTheSandboxSeesIt() throws IOException {
    write(repo.resolve("a.txt"), "hello\n");

    assertThat(call(tool, "path", "/workspace/a.txt").output()).isEqualTo("   1\thello\n");
  }

  @Test
  void showsTheFirst400LinesOfALongFileAndSaysHowToReadOn() throws IOException {
    write(repo.resolve("long.txt"), numberedLines(1, 1234));

    String output = call(tool, "path", "long.txt").output();

    assertThat(output).startsWith("   1\tline 1\n").contains(" 400\tline 400\n").doesNotContain("line 401")
        .endsWith("[lines 1-400 of 1234; call read_file with start_line=401 to read on]\n");
  }

  @Test
  void showsTheLinesFromStartLineToEndLine() throws IOException {
    write(repo.resolve("ten.txt"), numberedLines(1, 10));

    String output = call(tool, "path", "ten.txt", "start_line", 3, "end_line", 5).output();

    assertThat(output).isEqualTo("   3\tline 3\n   4\tline 4\n   5\tline 5\n"
        + "[lines 3-5 of 10; call read_file with start_line=6 to read on]\n");
  }

  @Test
  void saysWhenReadingOnReachesTheEndOfTheFile() throws IOException {
    write(repo.resolve("ten.txt"), numberedLines(1, 10));

    String output = call(tool, "path", "ten.txt", "start_line", 9).output();

    assertThat(output).isEqualTo("   9\tline 9\n  10\tline 10\n[lines 9-10 of 10: the end of the file]\n");
  }

  @Test
  void aStartLinePastTheEndSaysHowManyLinesTheFileHas() throws IOException {
    write(repo.resolve("ten.txt"), numberedLines(1, 10));

    ToolResult result = call(tool, "path", "ten.txt", "start_line", 50);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("has 10 lines").contains("start_line 50");
  }

  @Test
  void cutsVeryLongLinesWithAMarker() throws IOException {
    write(repo.resolve("min.js"), "x".repeat(5000) + "\nnext\n");

    String output = call(tool, "path", "min.js").output();

    assertThat(output).contains("x".repeat(2000) + " [... line cut: 3000 more characters]\n   2\tnext\n")
        .doesNotContain("x".repeat(2001));
  }

  @Test
  void stopsBeforeTheOutputGetsTooLongAndSaysWhereToReadOn() throws IOException {
    String wide = IntStream.rangeClosed(1, 400).mapToObj(i -> "line " + i + " " + "y".repeat(100) + "\n")
        .collect(Collectors.joining());
    write(repo.resolve("wide.txt"), wide);

    String output = call(tool, "path", "wide.txt").output();

    assertThat(output.length()).isLessThanOrEqualTo(ReadFileTool.MAX_OUTPUT_CHARS);
    assertThat(output).containsPattern("\\[lines 1-(\\d+) of 400; call read_file with start_line=\\d+ to read on]")
        .doesNotContain("line 400 ");
  }

  @Test
  void refusesABinaryFile() throws IOException {
    Files.write(repo.resolve("app.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0, 0x34, 'a', 'b'});

    ToolResult result = call(tool, "path", "app.class");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("'app.class' is a binary file");
  }

  @Test
  void readsAFileThatIsNotUtf8AsLatin1AndSaysSo() throws IOException {
    Files.write(repo.resolve("old.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    String output = call(tool, "path", "old.txt").output();

    assertThat(output).startsWith("   1\tcaf\u00e9\n").contains("not valid UTF-8").contains("ISO-8859-1");
  }

  @Test
  void showsCrlfLinesWithoutTheirCarriageReturnsAndLeavesOutTheByteOrderMark() throws IOException {
    Files.write(repo.resolve("win.txt"), "\uFEFFone\r\ntwo\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(call(tool, "path", "win.txt").output()).isEqualTo("   1\tone\n   2\ttwo\n");
  }

  @Test
  void saysAnEmptyFileIsEmpty() throws IOException {
    Files.createFile(repo.resolve("empty.txt"));

    ToolResult result = call(tool, "path", "empty.txt");

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output()).isEqualTo("'empty.txt' is empty.");
  }

  @Test
  void aDirectorySaysSoAndListsItsEntries() throws IOException {
    write(repo.resolve("src/App.java"), "class App {}\n");
    Files.createDirectories(repo.resolve("src/util"));

    ToolResult result = call(tool, "path", "src");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("'src' is a directory").contains("list_files")
        .contains("\n  App.java\n  util/\n");
  }

  @Test
  void aMissingFileSuggestsTheSameNameElsewhere() throws IOException {
    write(repo.resolve("src/main/java/Foo.java"), "class Foo {}\n");

    ToolResult result = call(tool, "path", "src/Foo.java");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("'src/Foo.java' does not exist").contains("src/main/java/Foo.java");
  }

  @Test
  void aMissingFileSuggestsSimilarNamesBesideIt() throws IOException {
    write(repo.resolve("src/main/Config.java"), "class Config {}\n");

    String output = call(tool, "path", "src/mian/Confg.java").output();

    assertThat(output).contains("does not exist").contains("src/main/Config.java");
  }

  @Test
  void aMissingFileWithNothingSimilarShowsWhatTheDirectoryHolds() throws IOException {
    write(repo.resolve("docs/guide.md"), "# Guide\n");

    String output = call(tool, "path", "docs/zzzzzzzz.txt").output();

    assertThat(output).contains("does not exist").contains("docs/ holds: guide.md");
  }

  @Test
  void refusesToClimbOutOfTheRepository() {
    ToolResult result = call(tool, "path", "../outside/secret.txt");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("outside the repository").doesNotContain("secret content");
  }

  @Test
  void refusesAnAbsolutePathOutsideTheRepository() {
    ToolResult result = call(tool, "path", outside.toString());

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("outside the repository").doesNotContain("secret content");
  }

  @Test
  void refusesASymlinkToAFileOutsideTheRepository() throws IOException {
    Files.createSymbolicLink(repo.resolve("link.txt"), outside);

    ToolResult result = call(tool, "path", "link.txt");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("symbolic link").doesNotContain("secret content");
  }

  @Test
  void refusesAFileUnderASymlinkedDirectoryLeadingOut() throws IOException {
    Files.createSymbolicLink(repo.resolve("shared"), outside.getParent());

    ToolResult result = call(tool, "path", "shared/secret.txt");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("symbolic link").doesNotContain("secret content");
  }

  @Test
  void refusesAnythingUnderGit() throws IOException {
    write(repo.resolve(".git/config"), "[core]\n\tsecret = yes\n");

    ToolResult result = call(tool, "path", ".git/config");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains(".git").doesNotContain("secret = yes");
  }
}
