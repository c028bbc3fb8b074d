package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What fixer writes, read back by the real git command. */
class GitCompatibilityIT {

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  UserRepo user;
  WorkCopy copy;
  GitCli git;

  @BeforeEach
  void workCopy() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    repo.write("docs/guide.md", lines("guide", 30));
    repo.write("no-newline.txt", "last line without newline");
    repo.write("gone.txt", "to be deleted\n");
    repo.write("src/Fields.java", "class Fields {\n" + lines("  int field", 40) + "}\n");
    repo.commitAll("More files");
    user = UserRepo.open(repo.root());
    copy = WorkCopy.create(user, dir.resolve("work"), "fixer/it");
    git = new GitCli(gitConfig.home());
  }

  @AfterEach
  void close() {
    copy.close();
    user.close();
    repo.close();
  }

  @Test
  void thePatchAppliesToAFreshCloneOfTheBaseAndGivesTheSameTree() throws Exception {
    editLikeAnAgent();
    copy.commit("Agent edits", Identity.FIXER).orElseThrow();
    Path patch = Files.writeString(dir.resolve("fix.patch"), copy.patch());
    git.run(dir, "clone", "--quiet", repo.root().toString(), "fresh");
    Path fresh = dir.resolve("fresh");
    git.run(fresh, "checkout", "--quiet", "--detach", copy.baseCommit());

    git.run(fresh, "apply", "--check", patch.toString());
    git.run(fresh, "apply", patch.toString());
    git.run(fresh, "add", "--all");

    assertThat(git.run(fresh, "write-tree")).isEqualTo(git.run(copy.root(), "rev-parse", "HEAD^{tree}"));
  }

  @Test
  void thePatchIsWhatGitDiffPrints() throws Exception {
    editLikeAnAgent();
    copy.commit("Agent edits", Identity.FIXER).orElseThrow();

    assertThat(copy.patch()).isEqualTo(
        git.run(copy.root(), "diff", "--histogram", "--no-renames", "--no-color", copy.baseCommit(), "HEAD"));
  }

  @Test
  void theDiffstatOfSmallChangesIsWhatGitPrints() throws Exception {
    editLikeAnAgent();
    copy.commit("Agent edits", Identity.FIXER).orElseThrow();

    assertStatLikeGit();
  }

  @Test
  void theDiffstatScalesLongNamesAndLargeChangesLikeGit() throws Exception {
    String deep = "src/main/java/com/example/deeply/nested/packages/with/a/very/long/name/";
    Files.createDirectories(copy.root().resolve(deep));
    Files.writeString(copy.root().resolve(deep + "AVeryLongClassNameThatKeepsGoing.java"), lines("code", 250));
    Files.writeString(copy.root().resolve("docs/guide.md"), lines("rewritten guide", 12));
    Files.writeString(copy.root().resolve("small.txt"), "one\n");
    copy.commit("Big change", Identity.FIXER).orElseThrow();

    assertStatLikeGit();
  }

  @Test
  void theDiffstatOfAnEmptyFileAndABinaryFileMatchesGitExceptForBinarySizes() throws Exception {
    Files.writeString(copy.root().resolve("empty.txt"), "");
    Files.writeString(copy.root().resolve("README.md"), "# demo\nmore\n");
    copy.commit("Empty file", Identity.FIXER).orElseThrow();

    assertStatLikeGit();
  }

  @Test
  void gitStatusAgreesThatExcludedSetupOutputIsIgnored() throws Exception {
    Files.createDirectories(copy.root().resolve("target/classes"));
    Files.writeString(copy.root().resolve("target/classes/A.class"), "x");
    Files.writeString(copy.root().resolve("odd [name]*?.txt"), "x");
    Files.writeString(copy.root().resolve("trailing space "), "x");

    copy.ignoreUntracked();

    assertThat(git.run(copy.root(), "status", "--porcelain", "--untracked-files=all")).isEmpty();
    Files.writeString(copy.root().resolve("odd [name]x?.txt"), "x");
    assertThat(git.run(copy.root(), "status", "--porcelain", "--untracked-files=all"))
        .isEqualTo("?? \"odd [name]x?.txt\"\n");
  }

  @Test
  void worksFromALinkedWorktree() throws Exception {
    git.run(repo.root(), "worktree", "add", "--quiet", "-b", "feature", dir.resolve("linked").toString());
    Path linked = dir.resolve("linked");
    Files.writeString(linked.resolve("README.md"), "# dirty in the worktree\n");

    try (UserRepo fromWorktree = UserRepo.open(linked.resolve("src"));
        WorkCopy work = WorkCopy.create(fromWorktree, dir.resolve("work-linked"), "fixer/linked")) {
      assertThat(fromWorktree.root()).isEqualTo(linked.toRealPath());
      assertThat(fromWorktree.currentBranch()).contains("feature");
      assertThat(fromWorktree.uncommittedPaths()).containsExactly("README.md");
      Files.writeString(work.root().resolve("src/Calc.java"), "class Calc {}\n");
      String sha = work.commit("Fix", Identity.FIXER).orElseThrow();

      fromWorktree.fetchBranch(work.root(), "fixer/linked");

      assertThat(git.run(repo.root(), "rev-parse", "fixer/linked")).isEqualTo(sha + "\n");
      assertThat(Files.readString(linked.resolve("README.md"))).isEqualTo("# dirty in the worktree\n");
    }
  }

  @Test
  void worksFromAShallowClone() throws Exception {
    repo.write("README.md", "# second commit\n");
    repo.commitAll("Second");
    git.run(dir, "clone", "--quiet", "--depth", "1", "file://" + repo.root(), "shallow");
    Path shallow = dir.resolve("shallow");

    try (UserRepo fromShallow = UserRepo.open(shallow);
        WorkCopy work = WorkCopy.create(fromShallow, dir.resolve("work-shallow"), "fixer/shallow")) {
      Files.writeString(work.root().resolve("src/Calc.java"), "class Calc {}\n");
      String sha = work.commit("Fix", Identity.FIXER).orElseThrow();

      fromShallow.fetchBranch(work.root(), "fixer/shallow");

      assertThat(git.run(shallow, "rev-parse", "fixer/shallow")).isEqualTo(sha + "\n");
      assertThat(git.run(shallow, "fsck", "--no-progress")).isEmpty();
      assertThat(git.run(work.root(), "fsck", "--no-progress")).isEmpty();
    }
  }

  private void assertStatLikeGit() throws IOException, InterruptedException {
    String expected = git.run(copy.root(), "diff", "--stat", "--no-renames", "--no-color", copy.baseCommit(), "HEAD");
    assertThat(Diffstat.format(copy.committedChanges()) + "\n").isEqualTo(expected);
  }

  private void editLikeAnAgent() throws IOException {
    Path root = copy.root();
    Files.writeString(root.resolve("src/Calc.java"),
        "class Calc {\n  int add(int a, int b) {\n    return a + b;\n  }\n}\n");
    Files.writeString(root.resolve("docs/guide.md"), lines("guide", 30).replace("guide 15\n", "guide fifteen\n"));
    Files.writeString(root.resolve("no-newline.txt"), "last line, now with newline\n");
    Files.delete(root.resolve("gone.txt"));
    Files.writeString(root.resolve("src/Fields.java"), "class Fields {\n"
        + lines("  int field", 40).replace("field 10\n", "field ten\n").replace("field 35\n", "field 35x\n") + "}\n");
    Files.writeString(root.resolve("src/CalcTest.java"), "class CalcTest {\n  void adds() {}\n}\n");
    Path script = Files.writeString(root.resolve("run.sh"), "#!/bin/sh\necho run\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static String lines(String prefix, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append(prefix).append(' ').append(i).append('\n');
    }
    return text.toString();
  }
}
