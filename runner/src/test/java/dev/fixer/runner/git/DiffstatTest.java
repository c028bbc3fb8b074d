package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.git.FileChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffstatTest {

  @Test
  void anEmptyListHasNoChanges() {
    assertThat(Diffstat.format(List.of())).isEqualTo("no changes");
  }

  @Test
  void oneModifiedFileLooksLikeGit() {
    assertThat(Diffstat.format(List.of(new FileChange("src/main/java/demo/Calc.java", Kind.MODIFIED, 2, 2))))
        .isEqualTo(" src/main/java/demo/Calc.java | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)");
  }

  @Test
  void usesTheSingularForOneLine() {
    assertThat(Diffstat.format(List.of(new FileChange("a.txt", Kind.MODIFIED, 1, 1))))
        .endsWith(" 1 file changed, 1 insertion(+), 1 deletion(-)");
  }

  @Test
  void leavesOutDeletionsWhenThereAreOnlyInsertionsAndTheOtherWayRound() {
    assertThat(Diffstat.format(List.of(
            new FileChange("a.txt", Kind.ADDED, 2, 0), new FileChange("b.txt", Kind.ADDED, 1, 0))))
        .endsWith(" 2 files changed, 3 insertions(+)");
    assertThat(Diffstat.format(List.of(new FileChange("a.txt", Kind.DELETED, 0, 5))))
        .endsWith(" 1 file changed, 5 deletions(-)");
  }

  @Test
  void aFileWithoutLineChangesShowsZeroAndBothTotals() {
    assertThat(Diffstat.format(List.of(new FileChange("empty.txt", Kind.ADDED, 0, 0))))
        .isEqualTo(" empty.txt | 0\n 1 file changed, 0 insertions(+), 0 deletions(-)");
  }

  @Test
  void alignsNamesAndCounts() {
    assertThat(Diffstat.format(List.of(
            new FileChange("README.md", Kind.MODIFIED, 1, 0),
            new FileChange("src/Calc.java", Kind.MODIFIED, 7, 5))))
        .isEqualTo(" README.md     |  1 +\n"
            + " src/Calc.java | 12 +++++++-----\n"
            + " 2 files changed, 8 insertions(+), 5 deletions(-)");
  }

  @Test
  void scalesBarsToTheLineWidthKeepingAtLeastOneColumnPerChange() {
    String stat = Diffstat.format(List.of(
        new FileChange("big.txt", Kind.ADDED, 1000, 0),
        new FileChange("a.txt", Kind.MODIFIED, 1, 0)));

    assertThat(stat.lines().toList()).containsExactly(
        " big.txt | 1000 " + "+".repeat(63),
        " a.txt   |    1 +",
        " 2 files changed, 1001 insertions(+)");
    assertThat(stat.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(80);
  }

  @Test
  void shortensLongNamesFromTheLeftAtADirectoryBoundary() {
    String path = "x/".repeat(40) + "File.java";

    assertThat(Diffstat.format(List.of(
            new FileChange("short.txt", Kind.MODIFIED, 1, 0), new FileChange(path, Kind.MODIFIED, 1, 1))))
        .isEqualTo(" short.txt                                                               | 1 +\n"
            + " .../x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/File.java | 2 +-\n"
            + " 2 files changed, 2 insertions(+), 1 deletion(-)");
  }
}
