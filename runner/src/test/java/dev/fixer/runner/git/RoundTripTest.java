package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's flow: clone, let the agent edit, commit, and bring the branch back to the user. */
class RoundTripTest {

  @RegisterExtension final IsolatedGitConfig gitConfig = new IsolatedGitConfig();
  @TempDir Path dir;
  TempRepo repo;

  @BeforeEach
  void userCheckout() throws Exception {
    repo = TempRepo.withOneCommit(dir.resolve("project"));
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private String fixInWorkCopy(String branch) {
    try (UserRepo user = UserRepo.open(repo.root());
        WorkCopy copy = WorkCopy.create(user, dir.resolve("work-" + branch.replace('/', '-')), branch)) {
      Files.writeString(copy.root().resolve("src/Calc.java"),
          "class Calc {\n  int add(int a, int b) {\n    return a + b;\n  }\n}\n");
      String sha = copy.commit("Fix Calc.add", user.identity()).orElseThrow();
      user.fetchBranch(copy.root(), branch);
      return sha;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bringsTheBranchBackWithoutTouchingTheUsersWorkTreeIndexOrHead() throws Exception {
    String head = repo.head();
    repo.write("README.md", "# my unsaved notes\n");
    repo.write("staged.txt", "staged\n");
    repo.git().add().addFilepattern("staged.txt").call();
    DirCache indexBefore = repo.git().getRepository().readDirCache();

    String sha = fixInWorkCopy("fixer/issue-3");

    assertThat(repo.git().getRepository().resolve("refs/heads/fixer/issue-3").name()).isEqualTo(sha);
    assertThat(repo.fullBranch()).isEqualTo("refs/heads/main");
    assertThat(repo.head()).isEqualTo(head);
    assertThat(repo.read("README.md")).isEqualTo("# my unsaved notes\n");
    assertThat(repo.read("src/Calc.java")).contains("return a - b;");
    DirCache indexAfter = repo.git().getRepository().readDirCache();
    assertThat(indexAfter.getEntryCount()).isEqualTo(indexBefore.getEntryCount());
    assertThat(indexAfter.getEntry("staged.txt")).isNotNull();
    assertThat(indexAfter.getEntry("src/Calc.java").getObjectId())
        .isEqualTo(indexBefore.getEntry("src/Calc.java").getObjectId());
    try (Git git = Git.open(repo.root().toFile())) {
      RevCommit fetched = git.log().add(git.getRepository().resolve(sha)).setMaxCount(1).call().iterator().next();
      assertThat(fetched.getFullMessage()).isEqualTo("Fix Calc.add");
      assertThat(fetched.getAuthorIdent().getName()).isEqualTo("Test User");
      assertThat(fetched.getParent(0).name()).isEqualTo(head);
    }
  }

  @Test
  void worksWhenTheUsersHeadIsDetached() throws Exception {
    String head = repo.head();
    repo.git().checkout().setName(head).call();

    String sha = fixInWorkCopy("fixer/detached");

    assertThat(repo.git().getRepository().resolve("refs/heads/fixer/detached").name()).isEqualTo(sha);
    assertThat(repo.fullBranch()).isEqualTo(head);
  }

  @Test
  void fetchingAgainAfterAnotherCommitFastForwards() throws Exception {
    String first = fixInWorkCopy("fixer/again");
    try (UserRepo user = UserRepo.open(repo.root()); WorkCopy copy = WorkCopy.open(dir.resolve("work-fixer-again"))) {
      user.fetchBranch(copy.root(), "fixer/again");
      Files.writeString(copy.root().resolve("README.md"), "# demo\n\nFixed.\n");
      String second = copy.commit("Document the fix", Identity.FIXER).orElseThrow();

      user.fetchBranch(copy.root(), "fixer/again");

      assertThat(repo.git().getRepository().resolve("refs/heads/fixer/again").name()).isEqualTo(second)
          .isNotEqualTo(first);
    }
  }

  @Test
  void refusesToOverwriteABranchWithUnrelatedHistory() throws Exception {
    String head = repo.head();
    repo.git().checkout().setCreateBranch(true).setName("fixer/taken").call();
    repo.write("other.txt", "someone else's work\n");
    String theirs = repo.commitAll("Unrelated work");
    repo.git().checkout().setName("main").call();
    repo.git().reset().setRef(head).call();

    try (UserRepo user = UserRepo.open(repo.root());
        WorkCopy copy = WorkCopy.create(user, dir.resolve("work"), "fixer/taken")) {
      Files.writeString(copy.root().resolve("README.md"), "# mine\n");
      copy.commit("Mine", Identity.FIXER);

      assertThatThrownBy(() -> user.fetchBranch(copy.root(), "fixer/taken"))
          .isInstanceOfSatisfying(FixerException.class,
              e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE))
          .hasMessageContaining("fixer/taken").hasMessageContaining("REJECTED");
    }
    assertThat(repo.git().getRepository().resolve("refs/heads/fixer/taken").name()).isEqualTo(theirs);
  }

  @Test
  void refusesToFetchIntoTheCheckedOutBranch() throws Exception {
    try (UserRepo user = UserRepo.open(repo.root());
        WorkCopy copy = WorkCopy.create(user, dir.resolve("work"), "main")) {
      Files.writeString(copy.root().resolve("README.md"), "# mine\n");
      copy.commit("Mine", Identity.FIXER);
      String head = repo.head();

      assertThatThrownBy(() -> user.fetchBranch(copy.root(), "main"))
          .isInstanceOf(FixerException.class).hasMessageContaining("branch main is checked out in");
      assertThat(repo.head()).isEqualTo(head);
    }
  }

  @Test
  void doesNoHousekeepingInTheUsersRepository() throws Exception {
    StoredConfig config = repo.git().getRepository().getConfig();
    config.setInt("gc", null, "auto", 1);
    config.setBoolean("gc", null, "autoDetach", false);
    config.save();
    addLooseObjectsThatMakeGcDue(repo.git().getRepository());
    Path gitDir = repo.git().getRepository().getDirectory().toPath();

    fixInWorkCopy("fixer/no-gc");

    assertThat(gitDir.resolve("refs/heads/main")).as("a gc would have packed the refs").exists();
    assertThat(gitDir.resolve("packed-refs")).doesNotExist();
  }

  /** Two loose objects in {@code objects/17}, the directory git samples to decide that gc.auto is exceeded. */
  private static void addLooseObjectsThatMakeGcDue(Repository repository) throws IOException {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      int found = 0;
      for (int i = 0; found < 2; i++) {
        byte[] content = ("blob " + i).getBytes(StandardCharsets.UTF_8);
        if (inserter.idFor(Constants.OBJ_BLOB, content).name().startsWith("17")) {
          inserter.insert(Constants.OBJ_BLOB, content);
          found++;
        }
      }
      inserter.flush();
    }
  }

  @Test
  void leavesNoLockFilesAndNoOpenFilesBehind() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeThat(Files.isDirectory(fds)).as("needs /proc/self/fd to list open files").isTrue();
    repo.close();

    fixInWorkCopy("fixer/clean");
    try (WorkCopy copy = WorkCopy.open(dir.resolve("work-fixer-clean"))) {
      copy.ignoreUntracked();
      copy.changes();
      copy.committedChanges();
      copy.patch();
    }

    assertThat(filesUnder(dir)).noneMatch(path -> path.toString().endsWith(".lock"));
    assertThat(openFilesUnder(fds, dir.toRealPath())).isEmpty();
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.toList();
    }
  }

  private static List<Path> openFilesUnder(Path fds, Path root) throws IOException {
    try (Stream<Path> links = Files.list(fds)) {
      return links.flatMap(link -> {
        try {
          return Stream.of(Files.readSymbolicLink(link));
        } catch (IOException gone) {
          return Stream.empty();
        }
      }).filter(target -> target.startsWith(root)).toList();
    }
  }
}
