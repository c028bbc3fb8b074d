package dev.fixer.tools;

import static dev.fixer.tools.FileToolCalls.call;
import static dev.fixer.tools.FileToolCalls.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditToolTest {

  private static final String APP = """
      class App {
        void run() {
          int x = 1;
          print(x);
        }
      }
      """;

  @TempDir Path base;
  Path repo;
  Path outside;
  EditTool tool;

  @BeforeEach
  void setUp() throws IOException {
    repo = Files.createDirectories(base.resolve("repo"));
    outside = write(base.resolve("outside/secret.txt"), "secret content\n");
    tool = new EditTool(Workspace.at(repo, "/workspace"));
  }

  private ToolResult edit(String path, String oldStr, String newStr) {
    return call(tool, "path", path, "old_str", oldStr, "new_str", newStr);
  }

  @Test
  void replacesTheOneOccurrenceAndShowsTheEditedLines() throws IOException {
    Path app = write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "    int x = 1;\n", "    int x = 2;\n    int y = 3;\n");

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(Files.readString(app)).isEqualTo(APP.replace("int x = 1;\n", "int x = 2;\n    int y = 3;\n"));
    assertThat(result.output()).isEqualTo("""
        edited src/App.java: replaced 1 line with 2 at line 3
           1\tclass App {
           2\t  void run() {
           3\t    int x = 2;
           4\t    int y = 3;
           5\t    print(x);
           6\t  }
           7\t}
        """);
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    write(repo.resolve("src/App.java"), APP);

    edit("src/App.java", "print(x);", "print(x + 1);");

    try (Stream<Path> files = Files.list(repo.resolve("src"))) {
      assertThat(files).containsExactly(repo.resolve("src/App.java"));
    }
  }

  @Test
  void oldStrNotFoundShowsTheClosestLinesAndThatOnlyIndentationDiffers() throws IOException {
    Path app = write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "int x = 1;\nprint(x);\n", "int x = 2;\nprint(x);\n");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("old_str was not found in 'src/App.java'")
        .contains("   3\t    int x = 1;\n   4\t    print(x);\n")
        .contains("only in whitespace or indentation");
    assertThat(Files.readString(app)).isEqualTo(APP);
  }

  @Test
  void oldStrNotFoundNamesTheFirstLineThatDiffers() throws IOException {
    write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "  void run() {\n    int x = 10;\n", "  void run() {\n");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("The first difference is at line 3. The file has:\n      int x = 1;\n"
        + "old_str has:\n      int x = 10;");
  }

  @Test
  void oldStrNotFoundSaysWhenNothingInTheFileResemblesIt() throws IOException {
    write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "SELECT * FROM users WHERE id = ?", "SELECT 1");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("No part of the file resembles it closely");
  }

  @Test
  void oldStrNotFoundMentionsThatNewStrIsAlreadyThere() throws IOException {
    write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "int x = 0;", "int x = 1;");

    assertThat(result.output()).contains("new_str already occurs in the file, at line 3");
  }

  @Test
  void severalOccurrencesAreRefusedNamingTheirLines() throws IOException {
    Path file = write(repo.resolve("a.py"), "x = 1\ny = 2\n\nx = 1\nx = 1\n");

    ToolResult result = edit("a.py", "x = 1", "x = 3");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("occurs 3 times in 'a.py', starting at lines 1, 4, 5");
    assertThat(Files.readString(file)).isEqualTo("x = 1\ny = 2\n\nx = 1\nx = 1\n");
  }

  @Test
  void anEmptyOldStrCreatesAMissingFileAndItsDirectories() throws IOException {
    ToolResult result = edit("src/new/Thing.java", "", "class Thing {}\n");

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(result.output()).isEqualTo("created src/new/Thing.java (1 line)");
    assertThat(Files.readString(repo.resolve("src/new/Thing.java"))).isEqualTo("class Thing {}\n");
  }

  @Test
  void anEmptyOldStrOnAFileWithContentIsRefused() throws IOException {
    Path app = write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "", "class Other {}\n");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("already exists and is not empty");
    assertThat(Files.readString(app)).isEqualTo(APP);
  }

  @Test
  void aMissingFileWithAnOldStrSaysHowToCreateOne() {
    ToolResult result = edit("src/Nope.java", "a", "b");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("'src/Nope.java' does not exist").contains("empty old_str");
  }

  @Test
  void theSameOldAndNewStrIsRefused() throws IOException {
    write(repo.resolve("src/App.java"), APP);

    ToolResult result = edit("src/App.java", "int x = 1;", "int x = 1;");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("the same");
  }

  @Test
  void keepsCrlfLineEndings() throws IOException {
    Path file = repo.resolve("win.txt");
    Files.write(file, "one\r\ntwo\r\nthree\r\n".getBytes(StandardCharsets.UTF_8));

    ToolResult result = edit("win.txt", "one\ntwo\n", "one\n2\nzwei\n");

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(Files.readString(file)).isEqualTo("one\r\n2\r\nzwei\r\nthree\r\n");
  }

  @Test
  void keepsTheAbsenceOfAFinalNewline() throws IOException {
    Path file = write(repo.resolve("a.txt"), "one\ntwo");

    edit("a.txt", "two", "2\n");

    assertThat(Files.readString(file)).isEqualTo("one\n2");
  }

  @Test
  void keepsAFinalNewline() throws IOException {
    Path file = write(repo.resolve("a.txt"), "one\ntwo\n");

    edit("a.txt", "two\n", "2");

    assertThat(Files.readString(file)).isEqualTo("one\n2\n");
  }

  @Test
  void keepsAFileThatIsNotUtf8InLatin1() throws IOException {
    Path file = repo.resolve("old.txt");
    Files.write(file, "caf\u00e9\nprix: 5\n".getBytes(StandardCharsets.ISO_8859_1));

    ToolResult result = edit("old.txt", "prix: 5", "prix: 6 \u00e0 emporter");

    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(Files.readAllBytes(file))
        .isEqualTo("caf\u00e9\nprix: 6 \u00e0 emporter\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void refusesCharactersALatin1FileCannotHold() throws IOException {
    Path file = repo.resolve("old.txt");
    byte[] bytes = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);

    ToolResult result = edit("old.txt", "caf\u00e9", "caf\u00e9 \u20ac");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("ISO-8859-1");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void keepsAUtf8ByteOrderMark() throws IOException {
    Path file = repo.resolve("bom.txt");
    Files.write(file, "\uFEFFhello\n".getBytes(StandardCharsets.UTF_8));

    edit("bom.txt", "hello", "h\u00e9llo");

    assertThat(Files.readAllBytes(file)).isEqualTo("\uFEFFh\u00e9llo\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsTheExecutableBit() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    Path script = write(repo.resolve("run.sh"), "#!/bin/sh\necho hi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

    edit("run.sh", "echo hi", "echo hello");

    assertThat(Files.readString(script)).isEqualTo("#!/bin/sh\necho hello\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-x---");
  }

  @Test
  void editsTheTargetOfASymlinkInsideTheRepositoryAndKeepsTheLink() throws IOException {
    Path real = write(repo.resolve("real.txt"), "one\n");
    Path link = Files.createSymbolicLink(repo.resolve("link.txt"), real.getFileName());

    edit("link.txt", "one", "two");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("two\n");
  }

  @Test
  void refusesABinaryFile() throws IOException {
    Path file = repo.resolve("app.class");
    byte[] bytes = {(byte) 0xCA, (byte) 0xFE, 0, 0, 'a', 'b'};
    Files.write(file, bytes);

    ToolResult result = edit("app.class", "ab", "cd");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("binary");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void refusesToClimbOutOfTheRepository() throws IOException {
    ToolResult result = edit("../outside/secret.txt", "secret", "public");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("outside the repository");
    assertThat(Files.readString(outside)).isEqualTo("secret content\n");
  }

  @Test
  void refusesAnAbsolutePathOutsideTheRepository() throws IOException {
    ToolResult result = edit(outside.toString(), "secret", "public");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(Files.readString(outside)).isEqualTo("secret content\n");
  }

  @Test
  void refusesASymlinkToAFileOutsideTheRepository() throws IOException {
    Files.createSymbolicLink(repo.resolve("link.txt"), outside);

    ToolResult result = edit("link.txt", "secret", "public");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("symbolic link");
    assertThat(Files.readString(outside)).isEqualTo("secret content\n");
  }

  @Test
  void refusesToCreateAFileUnderASymlinkedDirectoryLeadingOut() throws IOException {
    Files.createSymbolicLink(repo.resolve("shared"), outside.getParent());

    ToolResult result = edit("shared/planted.txt", "", "planted\n");

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(result.output()).contains("symbolic link");
    assertThat(outside.resolveSibling("planted.txt")).doesNotExist();
  }

  @Test
  void refusesAnythingUnderGit() throws IOException {
    Path config = write(repo.resolve(".git/config"), "[core]\n");

    ToolResult changed = edit(".git/config", "[core]", "[core]\n\thooksPath = /tmp");
    ToolResult created = edit(".git/hooks/pre-commit", "", "#!/bin/sh\n");

    assertThat(changed).isInstanceOf(ToolResult.Failure.class);
    assertThat(changed.output()).contains(".git");
    assertThat(created).isInstanceOf(ToolResult.Failure.class);
    assertThat(Files.readString(config)).isEqualTo("[core]\n");
    assertThat(repo.resolve(".git/hooks/pre-commit")).doesNotExist();
  }
}
