package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.git.FileChange.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class WorkCopyTest {

  private static final Identity AGENT = new Identity("Test User", "test@example.com");

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  UserRepo user;

  @BeforeEach
  void userCheckout() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    user = UserRepo.open(repo.root());
  }

  @AfterEach
  void close() {
    user.close();
    repo.close();
  }

  private Path work() {
    return dir.resolve("work");
  }

  @Test
  void clonesTheHeadCommitOnANewBranchWithoutTheUsersUncommittedChanges() throws Exception {
    repo.write("src/Calc.java", "dirty\n");
    repo.write("scratch.txt", "untracked\n");

    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/issue-1")) {
      assertThat(copy.root()).isEqualTo(work().toRealPath());
      assertThat(copy.branch()).isEqualTo("fixer/issue-1");
      assertThat(copy.baseCommit()).isEqualTo(repo.head());
      assertThat(Files.readString(work().resolve("src/Calc.java"))).startsWith("class Calc {");
      assertThat(work().resolve("scratch.txt")).doesNotExist();
      assertThat(copy.changes()).isEmpty();
      try (Git clone = Git.open(work().toFile())) {
        assertThat(clone.getRepository().getFullBranch()).isEqualTo("refs/heads/fixer/issue-1");
        assertThat(clone.getRepository().resolve("HEAD").name()).isEqualTo(repo.head());
      }
    }
  }

  @Test
  void clonesADetachedHeadThatNoBranchReaches() throws Exception {
    repo.git().checkout().setName(repo.head()).call();
    repo.write("README.md", "# detached work\n");
    String detached = repo.commitAll("Only on a detached HEAD");

    try (UserRepo detachedUser = UserRepo.open(repo.root());
        WorkCopy copy = WorkCopy.create(detachedUser, work(), "fixer/detached")) {
      assertThat(copy.baseCommit()).isEqualTo(detached);
      assertThat(Files.readString(work().resolve("README.md"))).isEqualTo("# detached work\n");
    }
  }

  @Test
  void refusesADirectoryThatIsNotEmpty() throws Exception {
    Files.createDirectories(work());
    Files.writeString(work().resolve("leftover.txt"), "x");

    assertThatThrownBy(() -> WorkCopy.create(user, work(), "fixer/x"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageContaining("is not empty");
  }

  @Test
  void acceptsAnEmptyDirectory() throws Exception {
    Files.createDirectories(work());

    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x")) {
      assertThat(copy.root().resolve("README.md")).exists();
    }
  }

  @Test
  void reportsUncommittedChangesWithLineCounts() throws Exception {
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x")) {
      Files.writeString(work().resolve("src/Calc.java"),
          "class Calc {\n  int add(int a, int b) {\n    return a + b;\n  }\n}\n");
      Files.delete(work().resolve("README.md"));
      Files.writeString(work().resolve("src/CalcTest.java"), "class CalcTest {\n}\n");
      Files.write(work().resolve("logo.bin"), new byte[] {1, 0, 2, 0});

      assertThat(copy.changes()).containsExactly(
          new FileChange("README.md", Kind.DELETED, 0, 1),
          new FileChange("logo.bin", Kind.ADDED, 0, 0),
          new FileChange("src/Calc.java", Kind.MODIFIED, 1, 1),
          new FileChange("src/CalcTest.java", Kind.ADDED, 2, 0));
    }
  }

  @Test
  void commitsAdditionsModificationsAndDeletionsAsTheGivenAuthor() throws Exception {
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x")) {
      Files.writeString(work().resolve("src/Calc.java"), "class Calc {}\n");
      Files.delete(work().resolve("README.md"));
      Files.writeString(work().resolve("NEW.md"), "new\n");

      String sha = copy.commit("Fix Calc.add", AGENT).orElseThrow();

      assertThat(copy.changes()).isEmpty();
      assertThat(copy.committedChanges()).containsExactly(
          new FileChange("NEW.md", Kind.ADDED, 1, 0),
          new FileChange("README.md", Kind.DELETED, 0, 1),
          new FileChange("src/Calc.java", Kind.MODIFIED, 1, 5));
      try (Git clone = Git.open(work().toFile())) {
        RevCommit commit = clone.log().call().iterator().next();
        assertThat(commit.name()).isEqualTo(sha);
        assertThat(commit.getFullMessage()).isEqualTo("Fix Calc.add");
        assertThat(commit.getAuthorIdent().getName()).isEqualTo("Test User");
        assertThat(commit.getCommitterIdent().getEmailAddress()).isEqualTo("test@example.com");
        assertThat(commit.getParent(0).name()).isEqualTo(copy.baseCommit());
      }
    }
  }

  @Test
  void committingWithNothingChangedMakesNoCommit() throws Exception {
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x")) {
      assertThat(copy.commit("Nothing", AGENT)).isEmpty();
      assertThat(copy.committedChanges()).isEmpty();
      assertThat(copy.patch()).isEmpty();
    }
  }

  @Test
  void ignoreUntrackedKeepsSetupOutputOutOfTheCommitButNotLaterSources() throws Exception {
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x")) {
      Files.createDirectories(work().resolve("target/classes"));
      Files.writeString(work().resolve("target/classes/Calc.class"), "compiled");
      Files.writeString(work().resolve("src/generated.txt"), "made by setup");

      copy.ignoreUntracked();
      copy.ignoreUntracked();
      Files.writeString(work().resolve("src/CalcTest.java"), "class CalcTest {}\n");
      Files.writeString(work().resolve("target/classes/CalcTest.class"), "compiled later");

      assertThat(Files.readAllLines(work().resolve(".git/info/exclude")))
          .containsOnlyOnce("/target/", "/src/generated.txt");
      assertThat(copy.changes()).extracting(FileChange::path).containsExactly("src/CalcTest.java");
      copy.commit("Add a test", AGENT);
      assertThat(copy.committedChanges()).extracting(FileChange::path).containsExactly("src/CalcTest.java");
    }
  }

  @Test
  void ignoreUntrackedKeepsExistingExcludesAndEscapesSpecialCharacters() throws Exception {
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x")) {
      Path exclude = work().resolve(".git/info/exclude");
      Files.createDirectories(exclude.getParent());
      Files.writeString(exclude, "# mine\n*.swp");
      Files.writeString(work().resolve("out[1]*.txt"), "x");
      Files.writeString(work().resolve("out1a.txt"), "y");

      copy.ignoreUntracked();

      assertThat(Files.readAllLines(exclude)).containsExactly("# mine", "*.swp", "/out1a.txt", "/out\\[1]\\*.txt");
      assertThat(copy.changes()).isEmpty();
    }
  }

  @Test
  void openRecoversTheBranchAndBaseCommit() throws Exception {
    String base;
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/resume")) {
      Files.writeString(work().resolve("README.md"), "# changed\n");
      copy.commit("Change", AGENT);
      base = copy.baseCommit();
    }

    try (WorkCopy reopened = WorkCopy.open(work())) {
      assertThat(reopened.branch()).isEqualTo("fixer/resume");
      assertThat(reopened.baseCommit()).isEqualTo(base).isEqualTo(repo.head());
      assertThat(reopened.committedChanges()).containsExactly(new FileChange("README.md", Kind.MODIFIED, 1, 1));
    }
  }

  @Test
  void openRefusesACheckoutFixerDidNotCreate() {
    assertThatThrownBy(() -> WorkCopy.open(repo.root()))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage(repo.root() + " is not a fixer work copy: start a new run instead of resuming this one");
    assertThatThrownBy(() -> WorkCopy.open(dir.resolve("missing")))
        .isInstanceOf(FixerException.class);
  }

  @Test
  void theBaseCommitIsKeptInTheClonesConfig() throws Exception {
    try (WorkCopy copy = WorkCopy.create(user, work(), "fixer/x"); Git clone = Git.open(work().toFile())) {
      Repository repository = clone.getRepository();
      assertThat(repository.getConfig().getString("fixer", null, "base")).isEqualTo(copy.baseCommit());
      assertThat(repository.getConfig().getString("fixer", null, "branch")).isEqualTo("fixer/x");
    }
  }
}
