package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchesTest {

  @TempDir
  Path temp;

  private Path repo;
  private Path checkout;

  @BeforeEach
  void repository() throws Exception {
    repo = temp.resolve("repo");
    EvalFixtures.write(repo, "src/kept.txt", "one\ntwo\nthree\n");
    EvalFixtures.write(repo, "src/gone.txt", "soon gone\n");
    EvalFixtures.commitAll(repo, "base");
    checkout = temp.resolve("checkout");
  }

  /** A diff made with git: kept.txt changed, gone.txt deleted, docs/new.md added. */
  private String changeAll() throws Exception {
    EvalFixtures.write(repo, "src/kept.txt", "one\n2\nthree\n");
    Files.delete(repo.resolve("src/gone.txt"));
    EvalFixtures.write(repo, "docs/new.md", "# new\n");
    EvalFixtures.git(repo, "add", "-A");
    String diff = EvalFixtures.git(repo, "diff", "--cached");
    EvalFixtures.git(repo, "reset", "-q", "--hard");
    EvalFixtures.git(repo, "clean", "-q", "-fd");
    return diff;
  }

  @Test
  void appliesModifiedDeletedAndNewFiles() throws Exception {
    String diff = changeAll();
    Checkouts.at(repo, EvalFixtures.git(repo, "rev-parse", "HEAD").strip(), checkout);

    Patches.apply(checkout, diff);

    assertThat(checkout.resolve("src/kept.txt")).hasContent("one\n2\nthree");
    assertThat(checkout.resolve("src/gone.txt")).doesNotExist();
    assertThat(checkout.resolve("docs/new.md")).hasContent("# new");
  }

  @Test
  void aDiffWithoutItsLastNewlineStillApplies() throws Exception {
    String diff = changeAll().stripTrailing();
    Checkouts.at(repo, EvalFixtures.git(repo, "rev-parse", "HEAD").strip(), checkout);

    Patches.apply(checkout, diff);

    assertThat(checkout.resolve("src/kept.txt")).hasContent("one\n2\nthree");
  }

  @Test
  void aDiffWhoseContextDoesNotMatchIsRejected() throws Exception {
    Checkouts.at(repo, EvalFixtures.git(repo, "rev-parse", "HEAD").strip(), checkout);

    assertThatThrownBy(() -> Patches.apply(checkout, EvalFixtures.patchThatDoesNotApply("src/kept.txt")))
        .isInstanceOf(Patches.Rejected.class)
        .hasMessageContaining("src/kept.txt");
    assertThatThrownBy(() -> Patches.apply(checkout, EvalFixtures.patchThatDoesNotApply("src/absent.txt")))
        .isInstanceOf(Patches.Rejected.class);
  }

  @Test
  void textThatHoldsNoDiffIsRejected() throws Exception {
    Checkouts.at(repo, EvalFixtures.git(repo, "rev-parse", "HEAD").strip(), checkout);

    assertThatThrownBy(() -> Patches.apply(checkout, "I fixed it, trust me.\n"))
        .isInstanceOf(Patches.Rejected.class)
        .hasMessage("it holds no file diff");
  }

  @Test
  void namesEveryPathADiffTouches() throws Exception {
    assertThat(Patches.paths(changeAll())).containsExactlyInAnyOrder("src/kept.txt", "src/gone.txt", "docs/new.md");
  }

  @Test
  void resettingPutsBackWhatHeadHasAndRemovesWhatItLacks() throws Exception {
    Checkouts.at(repo, EvalFixtures.git(repo, "rev-parse", "HEAD").strip(), checkout);
    Patches.apply(checkout, changeAll());

    Patches.resetToHead(checkout, List.of("src/kept.txt", "src/gone.txt", "docs/new.md"));

    assertThat(checkout.resolve("src/kept.txt")).hasContent("one\ntwo\nthree");
    assertThat(checkout.resolve("src/gone.txt")).hasContent("soon gone");
    assertThat(checkout.resolve("docs/new.md")).doesNotExist();
  }
}
