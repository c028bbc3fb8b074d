package demo;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CalcTest {

  @Test
  public void addsTwoNumbers() {
    assertEquals(5, Calc.add(2, 3));
  }

  @Test
  public void addsZero() {
    assertEquals(4, Calc.add(4, 0));
  }
}
