package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UserRepoTest {

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;

  @Test
  void opensFromASubdirectoryOfTheWorkTree() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project"));
        UserRepo user = UserRepo.open(repo.root().resolve("src"))) {
      assertThat(user.root()).isEqualTo(repo.root().toRealPath());
      assertThat(user.headCommit()).isEqualTo(repo.head()).hasSize(40);
      assertThat(user.currentBranch()).contains("main");
    }
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(() -> UserRepo.open(missing))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("--repo " + missing + " does not exist");
  }

  @Test
  void aFileIsNotARepository() throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");

    assertThatThrownBy(() -> UserRepo.open(file))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("--repo " + file + " is a file: pass the directory of a git checkout");
  }

  @Test
  void aDirectoryOutsideAnyRepositorySaysHowToPointAtOne() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));

    assertThatThrownBy(() -> UserRepo.open(plain))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage(plain + " is not a git repository: run fixer inside a git checkout or pass --repo DIR");
  }

  @Test
  void aBareRepositoryIsRefused() throws Exception {
    Path bare = dir.resolve("bare.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

    assertThatThrownBy(() -> UserRepo.open(bare))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageContaining("is a bare repository");
  }

  @Test
  void aRepositoryWithoutCommitsHasNoHeadCommit() throws Exception {
    try (TempRepo repo = TempRepo.init(dir.resolve("empty")); UserRepo user = UserRepo.open(repo.root())) {
      assertThatThrownBy(user::headCommit)
          .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
          .hasMessage("the repository at " + user.root() + " has no commits yet: commit something first");
    }
  }

  @Test
  void listsModifiedDeletedStagedAndUntrackedPathsButNotIgnoredOnes() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project"))) {
      repo.write(".gitignore", "*.log\nbuild/\n");
      repo.commitAll("Ignore logs");
      repo.write("src/Calc.java", "class Calc {}\n");
      repo.delete("README.md");
      repo.write("staged.txt", "staged\n");
      repo.git().add().addFilepattern("staged.txt").call();
      repo.write("notes/todo.txt", "untracked\n");
      repo.write("debug.log", "ignored\n");
      repo.write("build/out.class", "ignored\n");

      try (UserRepo user = UserRepo.open(repo.root())) {
        assertThat(user.uncommittedPaths())
            .containsExactly("README.md", "notes/todo.txt", "src/Calc.java", "staged.txt");
      }
    }
  }

  @Test
  void aCleanCheckoutHasNoUncommittedPaths() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project")); UserRepo user = UserRepo.open(repo.root())) {
      assertThat(user.uncommittedPaths()).isEmpty();
    }
  }

  @Test
  void aDetachedHeadHasNoCurrentBranchButAHeadCommit() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project"))) {
      String first = repo.head();
      repo.write("README.md", "# demo 2\n");
      repo.commitAll("Second");
      repo.git().checkout().setName(first).call();

      try (UserRepo user = UserRepo.open(repo.root())) {
        assertThat(user.currentBranch()).isEmpty();
        assertThat(user.headCommit()).isEqualTo(first);
      }
    }
  }

  @Test
  void readsTheOriginUrl() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project"))) {
      try (UserRepo user = UserRepo.open(repo.root())) {
        assertThat(user.originUrl()).isEmpty();
      }
      repo.git().remoteAdd().setName("origin")
          .setUri(new org.eclipse.jgit.transport.URIish("https://github.com/acme/demo.git")).call();
      try (UserRepo user = UserRepo.open(repo.root())) {
        assertThat(user.originUrl()).contains("https://github.com/acme/demo.git");
      }
    }
  }

  @Test
  void takesTheIdentityFromTheRepositoryConfig() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project")); UserRepo user = UserRepo.open(repo.root())) {
      assertThat(user.identity()).isEqualTo(new Identity("Test User", "test@example.com"));
    }
  }

  @Test
  void takesTheIdentityFromTheGlobalConfigWhenTheRepositoryHasNone() throws Exception {
    gitConfig.writeGlobal("[user]\n\tname = Global Person\n\temail = global@example.com\n");
    Git.init().setDirectory(dir.resolve("project").toFile()).call().close();

    try (UserRepo user = UserRepo.open(dir.resolve("project"))) {
      assertThat(user.identity()).isEqualTo(new Identity("Global Person", "global@example.com"));
    }
  }

  @Test
  void fallsBackToFixerWhenNameOrEmailIsMissing() throws Exception {
    gitConfig.writeGlobal("[user]\n\tname = Only A Name\n");
    Git.init().setDirectory(dir.resolve("project").toFile()).call().close();

    try (UserRepo user = UserRepo.open(dir.resolve("project"))) {
      assertThat(user.identity()).isEqualTo(Identity.FIXER);
    }
  }

  @Test
  void fallsBackToFixerWithoutAnyIdentity() throws Exception {
    Git.init().setDirectory(dir.resolve("project").toFile()).call().close();

    try (UserRepo user = UserRepo.open(dir.resolve("project"))) {
      assertThat(user.identity()).isEqualTo(Identity.FIXER);
    }
  }

  @Test
  void freeBranchNameCountsUpPastExistingBranches() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project")); UserRepo user = UserRepo.open(repo.root())) {
      assertThat(user.freeBranchName("fixer/issue-7")).isEqualTo("fixer/issue-7");

      repo.git().branchCreate().setName("fixer/issue-7").call();
      repo.git().branchCreate().setName("fixer/issue-7-2").call();

      assertThat(user.hasBranch("fixer/issue-7")).isTrue();
      assertThat(user.hasBranch("fixer/issue-7-3")).isFalse();
      assertThat(user.freeBranchName("fixer/issue-7")).isEqualTo("fixer/issue-7-3");
    }
  }

  @Test
  void anInvalidBranchNameIsAUsageError() throws Exception {
    try (TempRepo repo = TempRepo.withOneCommit(dir.resolve("project")); UserRepo user = UserRepo.open(repo.root())) {
      assertThatThrownBy(() -> user.freeBranchName("two words"))
          .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
          .hasMessageStartingWith("'two words' is not a valid git branch name");
    }
  }
}
