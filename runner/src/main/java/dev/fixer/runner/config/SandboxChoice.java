package dev.fixer.runner.config;

import java.util.Locale;
import java.util.Objects;

/** Which sandbox runs the tools: {@link #AUTO} picks the best one available on the machine. */
public enum SandboxChoice {
  AUTO,
  DOCKER,
  BWRAP,
  NONE;

  /**
   * Reads a sandbox name as users write it: {@code auto}, {@code docker}, {@code bwrap} (or
   * {@code bubblewrap}) or {@code none}, in any case.
   *
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static SandboxChoice parse(String text) {
    Objects.requireNonNull(text, "text");
    String name = text.strip().toLowerCase(Locale.ROOT);
    if (name.equals("bubblewrap")) {
      return BWRAP;
    }
    for (SandboxChoice choice : values()) {
      if (choice.wireName().equals(name)) {
        return choice;
      }
    }
    throw new IllegalArgumentException(
        "unknown sandbox '" + text + "': use auto, docker, bwrap or none");
  }

  /** The name as users write it and {@link #parse} reads it, e.g. {@code bwrap}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
