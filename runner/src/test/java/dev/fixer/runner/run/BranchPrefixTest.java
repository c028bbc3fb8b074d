package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BranchPrefixTest {

  @Test
  void namesTheBranchOfAnIssuesFixAndRecognisesItAgain() {
    BranchPrefix bot = BranchPrefix.parse("bot/fix-", "--branch-prefix");

    assertThat(bot.branchFor(42)).isEqualTo("bot/fix-issue-42");
    assertThat(bot.branchFor("crash-on-start")).isEqualTo("bot/fix-crash-on-start");
    assertThat(bot.issueOf("bot/fix-issue-42")).isEqualTo(OptionalInt.of(42));
    assertThat(BranchPrefix.DEFAULT.branchFor(7)).isEqualTo("fixer/issue-7");
    assertThat(BranchPrefix.DEFAULT.issueOf("fixer/issue-7")).isEqualTo(OptionalInt.of(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixer/issue-42", "bot/fix-issue-42x", "bot/fix-issue-042", "bot/fix-issue-", "main",
      "other/bot/fix-issue-42", "bot/fix-issue-1234567890"})
  void aBranchWithoutThePrefixAndAnIssueNumberIsNotFixers(String branch) {
    assertThat(BranchPrefix.parse("bot/fix-", "--branch-prefix").issueOf(branch)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixer/", "bot/", "autofix-", "team/bots/fixer/", "", "x.y/"})
  void anyPrefixThatMakesAValidBranchNameIsAccepted(String prefix) {
    assertThat(BranchPrefix.parse(prefix, "--branch-prefix").branchFor(1)).isEqualTo(prefix + "issue-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bot//", "has space/", "a..b/", "bot~/", "a^/", "a:b/", "why?/", "star*/", "a[b/",
      "back\\slash/", "at@{/", "-dash/", "/lead", ".hidden/", "bot.lock/", "tab\t/"})
  void aPrefixThatMakesNoValidBranchNameIsAUsageErrorNamingIt(String prefix) {
    assertThatThrownBy(() -> BranchPrefix.parse(prefix, "the input branch_prefix"))
        .isInstanceOfSatisfying(FixerException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageStartingWith("the input branch_prefix is '")
        .hasMessageContaining("which makes no valid git branch name")
        .hasMessageContaining("give a prefix such as fixer/");
  }
}
