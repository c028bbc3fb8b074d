package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UserRepoRemoteTest {

  private static final String TOKEN = "ghp_cloneTestToken0123456789";

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  GitCli git;

  @BeforeEach
  void project() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    git = new GitCli(gitConfig.home());
  }

  @AfterEach
  void close() {
    repo.close();
  }

  /** A bare remote whose HEAD is {@code trunk} with two commits; {@code other} is the first. */
  private Path bareWithTwoCommitsOnTrunk() throws Exception {
    String first = repo.head();
    repo.write("README.md", "# second\n");
    repo.commitAll("Second commit");
    Path bare = Files.createDirectories(dir.resolve("remote.git"));
    git.run(bare, "init", "--bare", "-q");
    git.run(repo.root(), "push", "-q", bare.toString(), "main:refs/heads/trunk", first + ":refs/heads/other");
    git.run(bare, "--git-dir=" + bare, "symbolic-ref", "HEAD", "refs/heads/trunk");
    return bare;
  }

  private static boolean isEmpty(Path directory) throws Exception {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }

  @Test
  void originPushUrlPrefersThePushUrlThenTheUrl() throws Exception {
    try (UserRepo none = UserRepo.open(repo.root())) {
      assertThat(none.originPushUrl()).isEmpty();
    }
    git.run(repo.root(), "remote", "add", "origin", "https://github.com/octo/fetch.git");
    try (UserRepo fetchOnly = UserRepo.open(repo.root())) {
      assertThat(fetchOnly.originPushUrl()).contains("https://github.com/octo/fetch.git");
    }
    git.run(repo.root(), "remote", "set-url", "--push", "origin", "https://github.com/octo/push.git");
    try (UserRepo both = UserRepo.open(repo.root())) {
      assertThat(both.originPushUrl()).contains("https://github.com/octo/push.git");
      assertThat(both.originUrl()).contains("https://github.com/octo/fetch.git");
    }
  }

  @Test
  void cloneFromChecksOutTheRemotesDefaultBranch() throws Exception {
    Path bare = bareWithTwoCommitsOnTrunk();
    Path target = dir.resolve("clone");

    try (UserRepo clone = UserRepo.cloneFrom(new RemoteAccess(bare.toString(), Optional.of(TOKEN)), target)) {
      assertThat(clone.root()).isEqualTo(target.toRealPath());
      assertThat(clone.currentBranch()).contains("trunk");
      assertThat(clone.headCommit()).isEqualTo(repo.head());
      assertThat(clone.originUrl()).contains(bare.toString());
      assertThat(clone.uncommittedPaths()).isEmpty();
    }
    assertThat(Files.readString(target.resolve("README.md"))).isEqualTo("# second\n");
    assertThat(Files.readString(target.resolve(".git/config"))).doesNotContain(TOKEN).doesNotContain("x-access-token");
    assertThat(git.run(target, "status", "--porcelain")).isEmpty();
    assertThat(git.run(target, "rev-parse", "--abbrev-ref", "trunk@{upstream}").strip()).isEqualTo("origin/trunk");
    assertThat(git.run(target, "rev-parse", "--abbrev-ref", "origin/HEAD").strip()).isEqualTo("origin/trunk");
    assertThat(git.run(target, "branch", "-r")).contains("origin/other");
  }

  @Test
  void cloneFromIntoADirectoryWithSomethingInItIsAUsageError() throws Exception {
    Path bare = bareWithTwoCommitsOnTrunk();
    Path target = Files.createDirectories(dir.resolve("clone"));
    Files.writeString(target.resolve("leftover.txt"), "x");

    assertThatThrownBy(() -> UserRepo.cloneFrom(new RemoteAccess(bare.toString(), Optional.empty()), target))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageContaining(target + " is not empty");
    assertThat(Files.readString(target.resolve("leftover.txt"))).isEqualTo("x");
  }

  @Test
  void aFailedCloneNamesTheRemoteAndLeavesTheDirectoryEmpty() throws Exception {
    Path missing = dir.resolve("no-such-remote.git");
    Path target = Files.createDirectories(dir.resolve("clone"));

    assertThatThrownBy(() -> UserRepo.cloneFrom(new RemoteAccess(missing.toString(), Optional.of(TOKEN)), target))
        .isInstanceOf(FixerException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageNotContaining(TOKEN);
    assertThat(isEmpty(target)).isTrue();
  }
}
