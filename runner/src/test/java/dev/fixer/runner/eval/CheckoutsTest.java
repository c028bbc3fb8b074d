package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.git.UserRepo;
import dev.fixer.runner.git.WorkCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckoutsTest {

  @TempDir
  Path temp;

  private EvalFixtures.Fixture fixture;
  private String base;

  @BeforeEach
  void repository() throws Exception {
    fixture = EvalFixtures.pytest(temp.resolve("cache"));
    base = fixture.instance().baseCommit();
  }

  @Test
  void checksOutTheBaseCommitCleanAndDetachedWhereFixerRunCanUseIt() throws Exception {
    Path dir = temp.resolve("checkout");

    Checkouts.at(fixture.repository(), "demo/pycalc", base, dir);

    assertThat(dir.resolve("pycalc/calc.py")).exists();
    assertThat(dir.resolve("CHANGES.md")).as("the commit after the base").doesNotExist();
    try (UserRepo user = UserRepo.open(dir)) {
      assertThat(user.headCommit()).isEqualTo(base);
      assertThat(user.currentBranch()).isEmpty();
      assertThat(user.uncommittedPaths()).isEmpty();
      try (WorkCopy copy = WorkCopy.create(user, temp.resolve("work"), "fixer/eval")) {
        assertThat(copy.root().resolve("pycalc/calc.py")).hasSameTextualContentAs(dir.resolve("pycalc/calc.py"));
      }
    }
  }

  @Test
  void aShortPrefixOfTheCommitResolves() throws Exception {
    Path dir = temp.resolve("checkout");

    Checkouts.at(fixture.repository(), base.substring(0, 8), dir);

    try (UserRepo user = UserRepo.open(dir)) {
      assertThat(user.headCommit()).isEqualTo(base);
    }
  }

  @Test
  void aBareSourceServesAsWell() throws Exception {
    Path bare = EvalFixtures.serve(fixture, temp.resolve("server"));
    Path dir = temp.resolve("checkout");

    Checkouts.at(bare, "demo/pycalc", base, dir);

    try (UserRepo user = UserRepo.open(dir)) {
      assertThat(user.headCommit()).isEqualTo(base);
    }
  }

  @Test
  void whatTheDirectoryHeldBeforeIsReplaced() throws Exception {
    Path dir = temp.resolve("checkout");
    Checkouts.at(fixture.repository(), "demo/pycalc", base, dir);
    Files.writeString(dir.resolve("pycalc/calc.py"), "edited by a previous scoring\n");
    Files.writeString(dir.resolve("scratch.txt"), "left over\n");

    Checkouts.at(fixture.repository(), "demo/pycalc", base, dir);

    assertThat(dir.resolve("scratch.txt")).doesNotExist();
    assertThat(dir.resolve("pycalc/calc.py")).content().contains("def add(a, b)");
  }

  @Test
  void aCommitTheSourceLacksIsAnInstanceErrorNamingTheRepository() {
    assertThatThrownBy(() -> Checkouts.at(fixture.repository(), "demo/pycalc", "0123456789abcdef", temp.resolve("c")))
        .isInstanceOf(InstanceError.class)
        .hasMessageStartingWith("base commit 0123456789abcdef is not in demo/pycalc");
  }

  @Test
  void somethingThatIsNoShaIsAnInstanceError() {
    assertThatThrownBy(() -> Checkouts.at(fixture.repository(), "demo/pycalc", "main~1", temp.resolve("c")))
        .isInstanceOf(InstanceError.class)
        .hasMessageContaining("is not a commit sha");
  }
}
