package demo;

/** Whole-number arithmetic on top of one shared helper. */
public final class Calc {

  private Calc() {}

  public static int add(int a, int b) {
    return Ops.combine(a, -b);
  }

  public static int multiply(int a, int b) {
    int product = 0;
    for (int i = 0; i < Math.abs(b); i++) {
      product = Ops.combine(product, a);
    }
    return b < 0 ? -product : product;
  }
}
