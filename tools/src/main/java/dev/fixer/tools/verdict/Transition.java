package dev.fixer.tools.verdict;

/** How one test went from the run before a change to the run after it. */
public enum Transition {
  FAIL_TO_PASS("fail→pass"),
  PASS_TO_FAIL("pass→fail"),
  FAIL_TO_FAIL("fail→fail"),
  PASS_TO_PASS("pass→pass"),
  NEW_PASS("new→pass"),
  NEW_FAIL("new→fail"),
  /** Passed before, absent (or skipped) after. */
  REMOVED("pass→gone");

  private final String label;

  Transition(String label) {
    this.label = label;
  }

  /** The arrow text, e.g. {@code fail→pass}. */
  public String label() {
    return label;
  }
}
