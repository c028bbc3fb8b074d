package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.git.CommitSelection.LeftOut;
import dev.fixer.runner.git.CommitSelection.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommitSelectionTest {

  private static final Identity AGENT = new Identity("Test User", "test@example.com");

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  UserRepo user;
  WorkCopy copy;

  @BeforeEach
  void workCopy() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    repo.write("tools/build/gen.py", "print('generated')\n");
    repo.write("assets/logo.bin", "\0\1\2logo");
    repo.commitAll("tools");
    user = UserRepo.open(repo.root());
    copy = WorkCopy.create(user, dir.resolve("work"), "fixer/issue-1");
  }

  @AfterEach
  void close() {
    copy.close();
    user.close();
    repo.close();
  }

  private void write(String path, String text) throws Exception {
    Path file = copy.root().resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Map<String, Reason> reasons(CommitSelection selection) {
    return selection.leftOut().stream().collect(Collectors.toMap(left -> left.change().path(), LeftOut::reason));
  }

  @Test
  void leavesOutBuildOutputAndCachesWhereThereIsNoGitignore() throws Exception {
    write("__pycache__/calc.cpython-311.pyc", "x");
    write("target/classes/Calc.class", "x");
    write("node_modules/left-pad/index.js", "module.exports = 1;\n");
    write(".pytest_cache/v/cache/lastfailed", "{}");
    write("src/calc.pyc", "x");

    CommitSelection selection = copy.select(Set.of(), Set.of());

    assertThat(selection.included()).isEmpty();
    assertThat(reasons(selection)).containsOnlyKeys("__pycache__/calc.cpython-311.pyc", "target/classes/Calc.class",
        "node_modules/left-pad/index.js", ".pytest_cache/v/cache/lastfailed", "src/calc.pyc")
        .allSatisfy((path, reason) -> assertThat(reason).isEqualTo(Reason.BUILD_OUTPUT));
    assertThat(selection.setAside()).isEmpty();
  }

  @Test
  void takesNewFilesWrittenWithEditOrKeptAndLeavesOutThoseOnlyACommandMade() throws Exception {
    write("src/CalcTest.java", "class CalcTest {}\n");
    write("repro.sh", "#!/bin/sh\njava Calc\n");
    write("src/Renamed.java", "class Renamed {}\n");
    write("src/Calc.java", "class Calc { int add(int a, int b) { return a + b; } }\n");

    CommitSelection selection = copy.select(Set.of("src/CalcTest.java"), Set.of("src/Renamed.java"));

    assertThat(selection.includedPaths()).containsExactly("src/Calc.java", "src/CalcTest.java", "src/Renamed.java");
    assertThat(reasons(selection)).containsExactly(Map.entry("repro.sh", Reason.CREATED_BY_COMMAND));
  }

  @Test
  void aDirectoryWithTrackedFilesIsTheRepositorysOwnNotBuildOutput() throws Exception {
    write("tools/build/other.py", "print(1)\n");
    write("tools/build/gen.py", "print('changed by the agent')\n");

    CommitSelection selection = copy.select(Set.of("tools/build/other.py"), Set.of());

    assertThat(selection.includedPaths()).containsExactly("tools/build/gen.py", "tools/build/other.py");
  }

  @Test
  void neverTakesAFileOverOneMegabyteOrABinaryFileThatEditDidNotWrite() throws Exception {
    write("src/data.txt", "x".repeat(1_000_001));
    Files.write(copy.root().resolve("assets/logo.bin"), new byte[] {0, 9, 9, 9});

    CommitSelection selection = copy.select(Set.of("src/data.txt"), Set.of("assets/logo.bin"));

    assertThat(selection.included()).isEmpty();
    assertThat(reasons(selection)).containsOnly(Map.entry("src/data.txt", Reason.TOO_LARGE),
        Map.entry("assets/logo.bin", Reason.BINARY));
  }

  @Test
  void theCommitHoldsWhatWasSelectedAndWhatWasLeftOutIsSetAsideNotLost() throws Exception {
    write("src/Calc.java", "class Calc { int add(int a, int b) { return a + b; } }\n");
    write("repro.sh", "#!/bin/sh\njava Calc\n");
    Files.write(copy.root().resolve("assets/logo.bin"), new byte[] {0, 7});
    write("__pycache__/x.pyc", "x");
    copy.uncommittedPatch();

    CommitSelection selection = copy.select(Set.of(), Set.of());
    Path aside = dir.resolve("run/left-out");
    copy.setAside(selection, aside);
    String sha = copy.commit("Fix Calc.add", AGENT, selection.includedPaths()).orElseThrow();

    try (Git clone = Git.open(copy.root().toFile())) {
      assertThat(copy.committedChanges()).extracting(FileChange::path).containsExactly("src/Calc.java");
      assertThat(clone.getRepository().resolve("HEAD").name()).isEqualTo(sha);
    }
    assertThat(copy.root().resolve("repro.sh")).doesNotExist();
    assertThat(aside.resolve("repro.sh")).hasContent("#!/bin/sh\njava Calc");
    assertThat(Files.readAllBytes(copy.root().resolve("assets/logo.bin"))).startsWith(0, 1, 2);
    assertThat(Files.readAllBytes(aside.resolve("assets/logo.bin"))).containsExactly(0, 7);
    assertThat(copy.root().resolve("__pycache__/x.pyc")).exists();
    assertThat(copy.changes()).extracting(FileChange::path).containsExactly("__pycache__/x.pyc");
  }

  @Test
  void aPatchOfTheSelectionLeavesOutWhatTheCommitWould() throws Exception {
    write("src/Calc.java", "class Calc { int add(int a, int b) { return a + b; } }\n");
    write("repro.sh", "#!/bin/sh\n");

    CommitSelection selection = copy.select(Set.of(), Set.of());

    assertThat(copy.uncommittedPatch(selection.includedPaths())).contains("src/Calc.java").doesNotContain("repro.sh");
    assertThat(copy.uncommittedPatch(List.of())).isEmpty();
  }
}
