package dev.fixer.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BudgetTest {

  @Test
  void isLowWithAtMostATenthOfTheStepsLeftButNeverLessThanThree() {
    Budget hundred = new Budget(new Limits(100, null, null));
    Budget twenty = new Budget(new Limits(20, null, null));

    assertThat(hundred.low(89, null, 0)).isNull();
    assertThat(hundred.low(90, null, 0)).isEqualTo("10 of 100 steps left");
    assertThat(twenty.low(16, null, 0)).isNull();
    assertThat(twenty.low(17, null, 0)).isEqualTo("3 of 20 steps left");
  }

  @Test
  void isLowAtFourFifthsOfTheCostAndSaysWhatIsLeftOfEveryLimitThatIsSet() {
    Budget budget = new Budget(new Limits(40, 2.00, Duration.ofMinutes(45)));

    assertThat(budget.low(5, 1.59, 60_000)).isNull();
    assertThat(budget.low(5, 1.60, 60_000)).isEqualTo("35 of 40 steps left, $0.40 of $2.00 left, 44 of 45 minutes left");
  }

  @Test
  void isLowAtFourFifthsOfTheTime() {
    Budget budget = new Budget(new Limits(40, null, Duration.ofMinutes(45)));

    assertThat(budget.low(5, 0.0, 35 * 60_000)).isNull();
    assertThat(budget.low(5, 0.0, 36 * 60_000)).isEqualTo("35 of 40 steps left, 9 of 45 minutes left");
  }

  @Test
  void countsShortTimeLimitsInSecondsAndLeavesOutAnUnknownCost() {
    Budget budget = new Budget(new Limits(40, 1.0, Duration.ofSeconds(50)));

    assertThat(budget.low(5, null, 45_000)).isEqualTo("35 of 40 steps left, 5 of 50 seconds left");
  }
}
