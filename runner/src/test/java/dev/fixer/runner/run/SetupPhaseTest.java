package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.runner.config.OnSetupFailure;
import dev.fixer.tools.SetupResult;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a failed setup ends the run: the option when set, else what the baseline showed. */
class SetupPhaseTest {

  private static final SetupResult FAILED = new SetupResult("make deps\nmake more", 2, false, Duration.ofSeconds(3),
      "fetching\nPermission denied");

  @Test
  void unsetItStopsOnlyWhenTheTestsCannotBuild() {
    SetupFailure stopped = SetupPhase.judge(FAILED, null, Optional.of(false));
    SetupFailure going = SetupPhase.judge(FAILED, null, Optional.of(true));
    SetupFailure unknown = SetupPhase.judge(FAILED, null, Optional.empty());

    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.why()).startsWith("setup `make deps …` failed (exit code 2) and the tests cannot build")
        .contains("on_setup_failure: continue");
    assertThat(going.stopped()).isFalse();
    assertThat(going.why()).contains("the tests build").contains("on_setup_failure: stop");
    assertThat(unknown.stopped()).isFalse();
    assertThat(stopped.tail()).isEqualTo("fetching\nPermission denied");
  }

  @Test
  void aSetupKilledAtALimitSaysWhichAndTheSettingInItsHeadline() {
    SetupResult killed = new SetupResult("./gradlew build", 137, false, Duration.ofSeconds(30), "Compiling",
        "the 4 GiB memory limit killed the setup script (exit code 137: SIGKILL, as the out-of-memory killer sends"
            + " it); raise limits.memory in .fixer.yml");

    SetupFailure failure = SetupPhase.judge(killed, null, Optional.of(false));

    assertThat(SetupFailure.headline(killed)).isEqualTo("`./gradlew build` failed (exit code 137): the 4 GiB memory"
        + " limit killed the setup script (exit code 137: SIGKILL, as the out-of-memory killer sends it); raise"
        + " limits.memory in .fixer.yml");
    assertThat(failure.headline()).contains("raise limits.memory in .fixer.yml");
    assertThat(failure.why()).contains("4 GiB memory limit");
  }

  @Test
  void continueGoesOnThoughTheTestsCannotBuild() {
    assertThat(SetupPhase.judge(FAILED, OnSetupFailure.CONTINUE, Optional.of(false)).stopped()).isFalse();
  }

  @Test
  void theBaselineSaysWhetherTheTestsBuild() {
    assertThat(BaselinePhase.testsBuild(Baseline.none(dev.fixer.runner.config.VerifyConfig.Scope.SUITE,
        "the tests cannot run on the base commit"))).contains(false);
    assertThat(BaselinePhase.testsBuild(Baseline.atVerification(""))).isEmpty();
    assertThat(BaselinePhase.testsBuild(Baseline.atVerification("the whole suite took longer than 30m, so ...")))
        .contains(true);
  }
}
