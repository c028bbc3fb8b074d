package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MultiplyTest {

  @Test
  void multipliesTwoNumbers() {
    assertEquals(12, Calc.multiply(3, 4));
  }

  @Test
  void multiplyingByZeroGivesZero() {
    assertEquals(0, Calc.multiply(9, 0));
  }
}
