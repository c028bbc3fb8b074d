package dev.fixer.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

  @TempDir Path dir;
  Path repo;
  Workspace workspace;

  @BeforeEach
  void makeRepo() throws Exception {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve("src/main"));
    Files.writeString(repo.resolve("src/main/App.java"), "class App {}\n");
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve(".git/config"), "[core]\n");
    Files.writeString(dir.resolve("secret.txt"), "secret\n");
    workspace = Workspace.at(repo, "/workspace");
  }

  @Test
  void resolvesRelativePathsUnderTheRoot() throws Exception {
    assertThat(workspace.resolve("src/main/App.java")).isEqualTo(repo.toRealPath().resolve("src/main/App.java"));
    assertThat(workspace.resolve("./src/../src/main")).isEqualTo(repo.toRealPath().resolve("src/main"));
    assertThat(workspace.resolve("")).isEqualTo(repo.toRealPath());
  }

  @Test
  void acceptsAbsolutePathsAsTheHostOrTheSandboxSeesThem() throws Exception {
    Path app = repo.toRealPath().resolve("src/main/App.java");

    assertThat(workspace.resolve("/workspace/src/main/App.java")).isEqualTo(app);
    assertThat(workspace.resolve(app.toString())).isEqualTo(app);
  }

  @Test
  void allowsFilesThatDoNotExistYet() throws Exception {
    assertThat(workspace.resolve("src/new/dir/Thing.java")).isEqualTo(repo.toRealPath().resolve("src/new/dir/Thing.java"));
  }

  @Test
  void refusesDotDotOutOfTheRoot() {
    assertThatThrownBy(() -> workspace.resolve("../secret.txt"))
        .isInstanceOf(RefusedPathException.class)
        .hasMessageContaining("outside the repository");
    assertThatThrownBy(() -> workspace.resolve("src/../../secret.txt")).isInstanceOf(RefusedPathException.class);
  }

  @Test
  void refusesAbsolutePathsOutsideTheRoot() {
    assertThatThrownBy(() -> workspace.resolve(dir.resolve("secret.txt").toString()))
        .hasMessageContaining("outside the repository");
    assertThatThrownBy(() -> workspace.resolve("/etc/passwd")).hasMessageContaining("outside the repository");
    assertThatThrownBy(() -> workspace.resolve("/workspacex/a")).hasMessageContaining("outside the repository");
  }

  @Test
  void refusesSymlinksThatLeadOut() throws Exception {
    Files.createSymbolicLink(repo.resolve("link.txt"), dir.resolve("secret.txt"));
    Files.createSymbolicLink(repo.resolve("linkdir"), dir);

    assertThatThrownBy(() -> workspace.resolve("link.txt")).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> workspace.resolve("linkdir/secret.txt")).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> workspace.resolve("linkdir/new-file.txt")).hasMessageContaining("symbolic link");
  }

  @Test
  void followsSymlinksThatStayInside() throws Exception {
    Files.createSymbolicLink(repo.resolve("app-link"), repo.resolve("src/main/App.java"));

    assertThat(workspace.resolve("app-link")).isEqualTo(repo.toRealPath().resolve("app-link"));
  }

  @Test
  void refusesGitDirectories() throws Exception {
    Files.createSymbolicLink(repo.resolve("config-link"), repo.resolve(".git/config"));

    assertThatThrownBy(() -> workspace.resolve(".git/config")).hasMessageContaining(".git");
    assertThatThrownBy(() -> workspace.resolve(".git")).hasMessageContaining(".git");
    assertThatThrownBy(() -> workspace.resolve("vendor/lib/.git/HEAD")).hasMessageContaining(".git");
    assertThatThrownBy(() -> workspace.resolve("config-link")).hasMessageContaining(".git");
  }

  @Test
  void showsPathsRelativeToTheRoot() throws Exception {
    assertThat(workspace.display(workspace.resolve("src/main/App.java"))).isEqualTo("src/main/App.java");
    assertThat(workspace.display(workspace.resolve("."))).isEqualTo(".");
  }
}
