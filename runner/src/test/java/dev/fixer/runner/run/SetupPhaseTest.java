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
