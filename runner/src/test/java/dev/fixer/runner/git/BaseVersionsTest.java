package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BaseVersionsTest {

  private static final String FIXED = "class Calc { int add(int a, int b) { return a + b; } }\n";

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  UserRepo user;
  WorkCopy copy;

  @BeforeEach
  void agentChanges() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    repo.write("src/Old.java", "class Old {}\n");
    repo.commitAll("old");
    user = UserRepo.open(repo.root());
    copy = WorkCopy.create(user, dir.resolve("work"), "fixer/issue-1");
    Files.writeString(copy.root().resolve("src/Calc.java"), FIXED);
    Files.writeString(copy.root().resolve("src/CalcTest.java"), "class CalcTest {}\n");
    Files.delete(copy.root().resolve("src/Old.java"));
  }

  @AfterEach
  void close() {
    copy.close();
    user.close();
    repo.close();
  }

  private String read(String path) throws Exception {
    return Files.readString(copy.root().resolve(path));
  }

  @Test
  void theBodySeesTheBaseVersionsAndTheAgentsComeBackAfter() throws Exception {
    List<FileChange> changes = copy.changes();
    Path stash = dir.resolve("run/stash");

    String seen = copy.withBaseVersions(changes, stash, () -> {
      try {
        return read("src/Calc.java") + Files.exists(copy.root().resolve("src/CalcTest.java")) + read("src/Old.java");
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    assertThat(seen).startsWith("class Calc {\n  int add").contains("false").endsWith("class Old {}\n");
    assertThat(read("src/Calc.java")).isEqualTo(FIXED);
    assertThat(read("src/CalcTest.java")).isEqualTo("class CalcTest {}\n");
    assertThat(copy.root().resolve("src/Old.java")).doesNotExist();
    assertThat(copy.changes()).isEqualTo(changes);
    assertThat(stash).doesNotExist();
  }

  @Test
  void aStashLeftByAKilledRunIsPutBack() throws Exception {
    List<FileChange> changes = copy.changes();
    Path stash = dir.resolve("run/stash");
    try (Git git = Git.open(copy.root().toFile())) {
      BaseVersions.swapIn(git.getRepository(), changes, stash);
    }
    assertThat(read("src/Calc.java")).doesNotContain("a + b");

    assertThat(copy.restoreStash(stash)).isTrue();

    assertThat(read("src/Calc.java")).isEqualTo(FIXED);
    assertThat(copy.changes()).isEqualTo(changes);
    assertThat(copy.restoreStash(stash)).isFalse();
  }
}
