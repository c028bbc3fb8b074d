package dev.fixer.runner.config;

import java.util.Locale;

/**
 * What a run does after its setup command failed ({@code on_setup_failure:}). Unset, the baseline
 * decides: the run stops when the tests cannot build, and goes on when they can.
 */
public enum OnSetupFailure {
  /** The run ends before the agent starts, naming the command and the end of its output. */
  STOP,
  /** The agent starts all the same, told of the failure. */
  CONTINUE;

  /** As {@code .fixer.yml} and {@code run.json} write it: {@code stop} or {@code continue}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the text and the accepted values */
  public static OnSetupFailure parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "stop" -> STOP;
      case "continue" -> CONTINUE;
      default -> throw new IllegalArgumentException("must be stop or continue, got '" + text + "'");
    };
  }
}
