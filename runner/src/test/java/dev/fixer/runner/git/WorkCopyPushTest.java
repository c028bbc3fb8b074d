package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
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

  /** Someone else pushes the user's {@code main} (the base commit) over the remote branch. */
  private String someoneElsePushesMainTo(String branch) throws Exception {
    git.run(repo.root(), "push", "-q", "--force", bare.toString(), "main:refs/heads/" + branch);
    return repo.head();
  }

  @Test
  void pushCreatesTheBranchOnTheRemoteAndReturnsTheCommit() throws Exception {
    try (WorkCopy copy = workCopy(BRANCH)) {
      String fixed = fix(copy, "class Calc {}\n");

      String pushed = copy.push(remote(bare), BRANCH, BRANCH, Optional.empty());

      assertThat(pushed).isEqualTo(fixed);
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(fixed);
    }
  }

  @Test
  void pushesALocalBranchUnderAnotherNameOnTheRemote() throws Exception {
    try (WorkCopy copy = workCopy("fixer/issue-7-2")) {
      String fixed = fix(copy, "class Calc {}\n");

      copy.push(remote(bare), "fixer/issue-7-2", BRANCH, Optional.empty());

      assertThat(remoteHead(bare, BRANCH)).isEqualTo(fixed);
      assertThat(remoteHas(bare, "fixer/issue-7-2")).isFalse();
    }
  }

  @Test
  void aLeaseOnTheCurrentRemoteHeadReplacesABranchThatIsNotAFastForward() throws Exception {
    try (WorkCopy copy = workCopy(BRANCH)) {
      String first = fix(copy, "class Calc { /* first */ }\n");
      copy.push(remote(bare), BRANCH, BRANCH, Optional.empty());
      try (Git work = Git.open(copy.root().toFile())) {
        work.reset().setMode(ResetType.HARD).setRef(copy.baseCommit()).call();
      }
      String second = fix(copy, "class Calc { /* second */ }\n");

      Optional<String> lease = copy.remoteBranchHead(remote(bare), BRANCH);
      String pushed = copy.push(remote(bare), BRANCH, BRANCH, lease);

      assertThat(lease).contains(first);
      assertThat(pushed).isEqualTo(second);
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(second);
    }
  }

  @Test
  void aStaleLeaseIsRejectedAndTheRemoteBranchStaysWhereItIs() throws Exception {
    try (WorkCopy copy = workCopy(BRANCH)) {
      String first = fix(copy, "class Calc { /* first */ }\n");
      copy.push(remote(bare), BRANCH, BRANCH, Optional.empty());
      String theirs = someoneElsePushesMainTo(BRANCH);
      fix(copy, "class Calc { /* second */ }\n");

      assertThatThrownBy(() -> copy.push(remote(bare), BRANCH, BRANCH, Optional.of(first)))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).isEqualTo("branch " + BRANCH + " on " + bare + " moved since fixer read it"
                + " (expected " + first.substring(0, 12) + ", found " + theirs.substring(0, 12) + "): someone else"
                + " pushed to it; run fixer again to update it from the new head");
          });
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(theirs);
    }
  }

  @Test
  void expectingNoBranchIsRejectedWhenTheRemoteHasOneAndLeavesItAlone() throws Exception {
    String theirs = someoneElsePushesMainTo(BRANCH);
    try (WorkCopy copy = workCopy(BRANCH)) {
      fix(copy, "class Calc {}\n");

      assertThatThrownBy(() -> copy.push(remote(bare), BRANCH, BRANCH, Optional.empty()))
          .isInstanceOfSatisfying(FixerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).startsWith("branch " + BRANCH + " on " + bare + " already exists (at "
                + theirs.substring(0, 12) + ")").contains("run fixer again");
          });
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(theirs);
    }
  }

  @Test
  void aRemoteThatRefusesTheUpdateIsAUsageErrorCarryingItsReason() throws Exception {
    git.run(bare, "--git-dir=" + bare, "config", "receive.denyNonFastForwards", "true");
    try (WorkCopy copy = workCopy(BRANCH)) {
      String first = fix(copy, "class Calc { /* first */ }\n");
      copy.push(remote(bare), BRANCH, BRANCH, Optional.empty());
      try (Git work = Git.open(copy.root().toFile())) {
        work.reset().setMode(ResetType.HARD).setRef(copy.baseCommit()).call();
      }
      fix(copy, "class Calc { /* second */ }\n");

      assertThatThrownBy(() -> copy.push(remote(bare), BRANCH, BRANCH, Optional.of(first)))
          .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
          .hasMessageStartingWith(bare + " rejected the push to branch " + BRANCH + " (non-fast forward)");
      assertThat(remoteHead(bare, BRANCH)).isEqualTo(first);
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

      copy.push(new RemoteAccess(configured.originPushUrl().orElseThrow(), Optional.empty()), BRANCH, BRANCH,
          Optional.empty());

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

      copy.push(remote(bare), BRANCH, BRANCH, Optional.empty());

      assertThat(remoteHead(bare, BRANCH)).isEqualTo(fixed);
      assertThat(ran).doesNotExist();
    }
  }

  @Test
  void aRemoteThatDoesNotExistFailsNamingItAndWithoutTheToken() throws Exception {
    Path missing = dir.resolve("no-such-remote.git");
    try (WorkCopy copy = workCopy(BRANCH)) {
      fix(copy, "class Calc {}\n");

      assertThatThrownBy(() -> copy.push(remote(missing), BRANCH, BRANCH, Optional.empty()))
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

      assertThatThrownBy(() -> copy.push(unreachable, BRANCH, BRANCH, Optional.empty()))
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

      assertThatThrownBy(() -> copy.push(ssh, BRANCH, BRANCH, Optional.empty()))
          .isInstanceOfSatisfying(FixerException.class,
              e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
          .hasMessageContaining("127.0.0.1:1/octo/demo.git")
          .hasMessageNotContaining(TOKEN);
    }
  }

  @Test
  void pushingABranchTheWorkCopyDoesNotHaveFailsBeforeReachingTheRemote() {
    try (WorkCopy copy = workCopy(BRANCH)) {
      assertThatThrownBy(() -> copy.push(remote(bare), "fixer/nothing", BRANCH, Optional.empty()))
          .isInstanceOfSatisfying(FixerException.class,
              e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
          .hasMessageContaining("has no branch fixer/nothing");
    }
  }
}
