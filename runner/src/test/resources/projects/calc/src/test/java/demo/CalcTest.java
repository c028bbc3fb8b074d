package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalcTest {

  @Test
  void addsTwoNumbers() {
    assertEquals(5, Calc.add(2, 3));
  }

  @Test
  void addingZeroChangesNothing() {
    assertEquals(7, Calc.add(7, 0));
  }
}
