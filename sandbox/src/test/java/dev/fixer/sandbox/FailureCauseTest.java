package dev.fixer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureCauseTest {

  private static final ResourceLimits LIMITS = ResourceLimits.DEFAULT.withMemoryBytes(4L << 30).withProcesses(512);

  private static ExecResult ended(int exit, String output) {
    return new ExecResult(exit, output, "", false, false, Duration.ofSeconds(1), output.length());
  }

  @Test
  void aKillBySigkillIsTheMemoryLimit() {
    assertThat(FailureCause.limit(ended(137, "Running FooTest"), LIMITS, "the tests"))
        .hasValueSatisfying(text -> assertThat(text).startsWith("the 4 GiB memory limit killed the tests")
            .contains("exit code 137").endsWith("raise limits.memory in .fixer.yml"));
  }

  @Test
  void aJavaHeapErrorIsNamedToo() {
    assertThat(FailureCause.limit(ended(1, "java.lang.OutOfMemoryError: Java heap space"), LIMITS, "the tests"))
        .hasValueSatisfying(text -> assertThat(text).contains("ran out of memory under the 4 GiB memory limit",
            "limits.memory"));
  }

  @Test
  void aFailedForkIsTheProcessLimit() {
    assertThat(FailureCause.limit(ended(254, "bash: fork: retry: Resource temporarily unavailable"), LIMITS,
        "the command")).hasValueSatisfying(text -> assertThat(text)
            .contains("the command could not start more processes", "512 processes", "raise limits.processes"));
  }

  @Test
  void anOrdinaryFailureATimeoutOrASuccessHasNoLimitCause() {
    assertThat(FailureCause.limit(ended(1, "FAILED FooTest"), LIMITS, "the tests")).isEmpty();
    assertThat(FailureCause.limit(ended(0, "Java heap space"), LIMITS, "the tests")).isEmpty();
    assertThat(FailureCause.limit(new ExecResult(137, "", "", true, false, Duration.ZERO, 0), LIMITS, "the tests"))
        .isEmpty();
  }

  @Test
  void findsTheProgramAShellCouldNotFind() {
    assertThat(FailureCause.missingCommand(ended(127, "sh: 1: cargo: not found"))).contains("cargo");
    assertThat(FailureCause.missingCommand(ended(127, "bash: line 1: rustc: command not found"))).contains("rustc");
    assertThat(FailureCause.missingCommand(ended(1, "sh: 1: cargo: not found"))).isEmpty();
  }

  @Test
  void saysSizesInGibOrMib() {
    assertThat(FailureCause.size(8L << 30)).isEqualTo("8 GiB");
    assertThat(FailureCause.size(256L << 20)).isEqualTo("256 MiB");
    assertThat(FailureCause.size(3L << 29)).isEqualTo("1.5 GiB");
  }
}
