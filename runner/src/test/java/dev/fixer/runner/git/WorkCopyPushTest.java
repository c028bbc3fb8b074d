package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class WorkCopyPushTest {

  private static final Identity AGENT = new Identity("Test User", "test@example.com");
  private static final String TOKEN = "ghp_pushTestToken1234567890";
  private static final String BRANCH = "fixer/issue-7";

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;
  UserRepo user;
  GitCli git;
  Path bare;

  @BeforeEach
  void userCheckoutAndBareRemote() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
    user = UserRepo.open(repo.root());
    git = new GitCli(gitConfig.home());
    bare = bareRepo("remote.git");
  }

  @AfterEach
  void close() {
    user.close();
    repo.close();
  }

  private Path bareRepo(String name) throws Exception {
    Path path = dir.resolve(name);
    Files.createDirectories(path);
    git.run(path, "init", "--bare", "-q");
    return path;
  }

  private RemoteAccess remote(Path path) {
    return new RemoteAccess(path.toString(), Optional.of(TOKEN));
  }

  private WorkCopy workCopy(String branch) {
    return WorkCopy.create(user, dir.resolve("work"), branch);
  }

  private String fix(WorkCopy copy, String text) throws Exception {
    Files.writeString(copy.root().resolve("src/Calc.java"), text);
    return copy.commit("Fix Calc.add", AGENT).orElseThrow();
  }

  private String remoteHead(Path remote, String branch) throws Exception {
    return git.run(remote, "--git-dir=" + remote, "rev-parse", "refs/heads/" + branch).strip();
  }

  private boolean remoteHas(Path remote, String branch) throws Exception {
    return !git.run(remote, "--git-dir=" + remote, "for-each-ref", "refs/heads/" + branch).isBlank();
  }

  /**
   * Someone else adds {@code file} in a commit on top of the remote branch (or of {@code main} when the
   * remote has no such branch) and pushes it there; returns that commit.
   */
  private String someoneElseCommitsOn(String branch, String file) throws Exception {
    Path theirs = dir.resolve("theirs-" + System.nanoTime());
    git.run(dir, "clone", "-q", repo.root().toString(), theirs.toString());
    if (remoteHas(bare, branch)) {
      git.run(theirs, "fetch", "-q", bare.toString(), branch);
      git.run(theirs, "checkout", "-q", "FETCH_HEAD");
    }
    Files.writeString(theirs.resolve(file), "their notes\n");
    git.run(theirs, "add", file);
    git.run(theirs, "-c", "user.name=Someone", "-c", "user.email=someone@example.com", "commit", "-q", "-m", "notes");
    git.run(theirs, "push", "-q", bare.toString(), "HEAD:refs/heads/" + branch);
    return git.run(theirs, "rev-parse", "HEAD").strip();
  }

  /** Someone else pushes the user's {@code main} (the base commit) over the remote branch. */
  private String someoneElsePushesMainTo(String branch) throws Exception {
    git.run(repo.root(), "push", "-q", "--force", bare.toString(), "main:refs/heads/" + branch);
    return repo.head();
  }

  @Test
  void pushCreatesTheBranchOnTheRemoteAndReturnsTheCommit() throws Exception {
    try (WorkCopy copy = workCopy(BRANCH)) {
      String fixed = fix(copy, "class Calc {}\n");

      Optional<String> pushed = copy.push(remote(bare), BRANCH, BRANCH);

      assertThat(pushed).contains(fixed);
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(fixed);
    }
  }

  @Test
  void pushesALocalBranchUnderAnotherNameOnTheRemote() throws Exception {
    try (WorkCopy copy = workCopy("fixer/issue-7-2")) {
      String fixed = fix(copy, "class Calc {}\n");

      copy.push(remote(bare), "fixer/issue-7-2", BRANCH);

      assertThat(remoteHead(bare, BRANCH)).isEqualTo(fixed);
      assertThat(remoteHas(bare, "fixer/issue-7-2")).isFalse();
    }
  }

  @Test
  void aPushOverCommitsTheWorkCopyDoesNotHavePushesNothingAndLeavesTheRemoteBranchAlone() throws Exception {
    try (WorkCopy copy = workCopy(BRANCH)) {
      fix(copy, "class Calc { /* first */ }\n");
      copy.push(remote(bare), BRANCH, BRANCH);
      String theirs = someoneElseCommitsOn(BRANCH, "NOTES.md");
      fix(copy, "class Calc { /* second */ }\n");

      Optional<String> pushed = copy.push(remote(bare), BRANCH, BRANCH);

      assertThat(pushed).isEmpty();
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(theirs);
    }
  }

  @Test
  void aPushOverABranchWithOtherHistoryPushesNothing() throws Exception {
    String theirs = someoneElseCommitsOn(BRANCH, "NOTES.md");
    try (WorkCopy copy = workCopy(BRANCH)) {
      fix(copy, "class Calc {}\n");

      assertThat(copy.push(remote(bare), BRANCH, BRANCH)).isEmpty();
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(theirs);
    }
  }

  @Test
  void followingTheRemoteBranchKeepsSomeoneElsesCommitUnderTheNextOne() throws Exception {
    try (WorkCopy first = workCopy(BRANCH)) {
      fix(first, "class Calc { /* first */ }\n");
      first.push(remote(bare), BRANCH, BRANCH);
    }
    String theirs = someoneElseCommitsOn(BRANCH, "NOTES.md");
    try (WorkCopy copy = WorkCopy.create(user, dir.resolve("work-2"), "fixer/issue-7-2")) {
      assertThat(copy.follow(remote(bare), BRANCH)).contains(theirs);
      assertThat(copy.baseCommit()).isEqualTo(theirs);
      assertThat(copy.root().resolve("NOTES.md")).exists();

      String second = fix(copy, "class Calc { /* second */ }\n");

      assertThat(copy.push(remote(bare), "fixer/issue-7-2", BRANCH)).contains(second);
      assertThat(git.run(bare, "--git-dir=" + bare, "rev-parse", second + "^").strip()).isEqualTo(theirs);
      assertThat(copy.committedChanges()).extracting(FileChange::path).containsExactly("src/Calc.java");
    }
  }

  @Test
  void followingABranchTheRemoteDoesNotHaveLeavesTheWorkCopyAtItsBase() throws Exception {
    try (WorkCopy copy = workCopy(BRANCH)) {
      String base = copy.baseCommit();

      assertThat(copy.follow(remote(bare), BRANCH)).isEmpty();
      assertThat(copy.baseCommit()).isEqualTo(base);
    }
  }

  @Test
  void reachesIsTrueForHeadAndItsHistoryAndFalseForOtherCommits() throws Exception {
    String theirs = someoneElseCommitsOn("other", "NOTES.md");
    try (WorkCopy copy = workCopy(BRANCH)) {
      String base = copy.baseCommit();
      String fixed = fix(copy, "class Calc {}\n");

      assertThat(copy.reaches(fixed)).isTrue();
      assertThat(copy.reaches(base)).isTrue();
      assertThat(copy.reaches(theirs)).isFalse();
      assertThat(copy.reaches("0123456789012345678901234567890123456789")).isFalse();
    }
  }

  @Test
  void remoteBranchHeadIsTheCommitOfAnExistingBranchAndEmptyWithoutOne() throws Exception {
    String theirs = someoneElsePushesMainTo(BRANCH);
    try (WorkCopy copy = workCopy(BRANCH)) {
      assertThat(copy.remoteBranchHead(remote(bare), BRANCH)).contains(theirs);
      assertThat(copy.remoteBranchHead(remote(bare), "fixer/issue-8")).isEmpty();
    }
  }

  @Test
  void aPushToTheOriginPushUrlLandsThereAndNotAtTheFetchUrl() throws Exception {
    Path fetchUrl = bare;
    Path pushUrl = bareRepo("push.git");
    git.run(repo.root(), "remote", "add", "origin", fetchUrl.toString());
    git.run(repo.root(), "remote", "set-url", "--push", "origin", pushUrl.toString());
    try (UserRepo configured = UserRepo.open(repo.root()); WorkCopy copy = workCopy(BRANCH)) {
      String fixed = fix(copy, "class Calc {}\n");

      copy.push(new RemoteAccess(configured.originPushUrl().orElseThrow(), Optional.empty()), BRANCH, BRANCH);

      assertThat(remoteHead(pushUrl, BRANCH)).isEqualTo(fixed);
      assertThat(remoteHas(fetchUrl, BRANCH)).isFalse();
    }
  }

  @Test
  void aPrePushHookNamedInTheGlobalConfigDoesNotRun() throws Exception {
    Path hooks = Files.createDirectories(dir.resolve("hooks"));
    Path ran = dir.resolve("hook-ran");
    Path hook = Files.writeString(hooks.resolve("pre-push"), "#!/bin/sh\ntouch '" + ran + "'\nexit 1\n");
    assertThat(hook.toFile().setExecutable(true)).isTrue();
    gitConfig.writeGlobal("[core]\n\thooksPath = " + hooks + "\n");
    try (WorkCopy copy = workCopy(BRANCH)) {
      String fixed = fix(copy, "class Calc {}\n");

      copy.push(remote(bare), BRANCH, BRANCH);

      assertThat(remoteHead(bare, BRANCH)).isEqualTo(fixed);
      assertThat(ran).doesNotExist();
    }
  }

  @Test
  void aRemoteThatDoesNotExistFailsNamingItAndWithoutTheToken() throws Exception {
    Path missing = dir.resolve("no-such-remote.git");
    try (WorkCopy copy = workCopy(BRANCH)) {
      fix(copy, "class Calc {}\n");

      assertThatThrownBy(() -> copy.push(remote(missing), BRANCH, BRANCH))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.getMessage()).contains(missing.toString()).doesNotContain(TOKEN);
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
          });
      assertThatThrownBy(() -> copy.remoteBranchHead(remote(missing), BRANCH))
          .isInstanceOf(FixerException.class)
          .hasMessageContaining(missing.toString());
    }
  }

  @Test
  void anUnreachableHttpsRemoteIsAnInfrastructureFailureWithoutTheToken() throws Exception {
    RemoteAccess unreachable = new RemoteAccess("https://127.0.0.1:1/o/r.git", Optional.of(TOKEN));
    try (WorkCopy copy = workCopy(BRANCH)) {
      fix(copy, "class Calc {}\n");

      assertThatThrownBy(() -> copy.push(unreachable, BRANCH, BRANCH))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
            assertThat(e.getMessage()).contains("https://127.0.0.1:1/o/r.git").doesNotContain(TOKEN);
            assertThat(e).hasNoCause();
          });
    }
  }

  @Test
  void anSshRemoteIsUsedAsItIsAndAnUnreachableOneFailsNamingIt() {
    try (WorkCopy copy = workCopy(BRANCH)) {
      RemoteAccess ssh = new RemoteAccess("ssh://git@127.0.0.1:1/octo/demo.git", Optional.of(TOKEN));

      assertThatThrownBy(() -> copy.push(ssh, BRANCH, BRANCH))
          .isInstanceOfSatisfying(FixerException.class,
              e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
          .hasMessageContaining("127.0.0.1:1/octo/demo.git")
          .hasMessageNotContaining(TOKEN);
    }
  }

  @Test
  void pushingABranchTheWorkCopyDoesNotHaveFailsBeforeReachingTheRemote() {
    try (WorkCopy copy = workCopy(BRANCH)) {
      assertThatThrownBy(() -> copy.push(remote(bare), "fixer/nothing", BRANCH))
          .isInstanceOfSatisfying(FixerException.class,
              e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
          .hasMessageContaining("has no branch fixer/nothing");
    }
  }
}
