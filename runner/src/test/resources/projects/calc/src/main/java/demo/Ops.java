package demo;

/** The helper Calc's operations share. */
final class Ops {

  private Ops() {}

  static int combine(int a, int b) {
    return a + b;
  }
}
