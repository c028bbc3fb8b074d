package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void meanOfThreeValues() {
    assertEquals(2.0, Stats.mean(1, 2, 3));
  }

  @Test
  void medianOfAnOddCount() {
    assertEquals(3.0, Stats.median(5, 1, 3));
  }

  @Test
  void medianOfAnEvenCount() {
    assertEquals(2.5, Stats.median(4, 1, 3, 2));
  }

  @Test
  void noValuesIsAnError() {
    assertThrows(IllegalArgumentException.class, Stats::median);
  }
}
