package dev.fixer.tools.verdict;

import dev.fixer.tools.build.TestCase;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The tests the agent added or changed, run on the base code: the main-code changes reverted, the
 * agent's tests kept. Such a test that fails there and passes after the change shows the fix. A test of
 * {@code agentTests} that is missing from {@code onBase} while {@code onBase} is
 * {@link Outcomes.Status#BUILD_FAILED} counts as failing on the base: a test that does not compile
 * without the fix fails without it.
 *
 * @param onBase the outcomes of the agent's tests on the base code
 * @param agentTests whether a test id is one of the agent's tests
 */
public record BaseCheck(Outcomes onBase, Predicate<String> agentTests) {

  public BaseCheck {
    Objects.requireNonNull(onBase, "onBase");
    Objects.requireNonNull(agentTests, "agentTests");
  }

  /** Whether {@code id}, one of the agent's tests, fails on the base code. */
  boolean failsOnBase(String id) {
    if (!agentTests.test(id)) {
      return false;
    }
    TestCase.Outcome outcome = onBase.byId().get(id);
    return outcome == TestCase.Outcome.FAILED
        || outcome == null && onBase.status() == Outcomes.Status.BUILD_FAILED;
  }
}
