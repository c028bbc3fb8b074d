package dev.fixer.runner.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineCountsTest {

  private static LineCounts between(String before, String after) {
    return LineCounts.between(before.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void countsReplacedLinesAsOneRemovedAndOneAdded() {
    assertThat(between("a\nb\nc\n", "a\nB\nc\nd\n")).isEqualTo(new LineCounts(2, 1));
  }

  @Test
  void countsAWholeNewFileAsAdded() {
    assertThat(between("", "one\ntwo\nthree")).isEqualTo(new LineCounts(3, 0));
  }

  @Test
  void aMissingFinalNewlineChangesTheLastLine() {
    assertThat(between("a\nb", "a\nb\n")).isEqualTo(new LineCounts(1, 1));
  }

  @Test
  void binaryContentCountsNoLines() {
    assertThat(LineCounts.between(new byte[] {'a', '\n'}, new byte[] {0, 1, 2, '\n'})).isEqualTo(LineCounts.NONE);
  }
}
