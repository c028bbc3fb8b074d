package dev.fixer.runner.runs;

import java.util.Locale;

/** How a run stands, from its {@code result.json}, or, without one, from how lately it changed. */
public enum RunOutcome {
  FIXED,
  UNVERIFIED,
  NOT_FIXED,
  /** No result yet, and it changed within the last hour: it may be running. */
  RUNNING,
  /** No result, and nothing changed for an hour: killed, or its machine stopped; it can be resumed. */
  STOPPED;

  /** The name in {@code fixer runs --json}: {@code fixed}, {@code not_fixed}, {@code running} ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name in {@code fixer runs}' table: {@code fixed}, {@code not fixed}, {@code running} ... */
  public String words() {
    return wireName().replace('_', ' ');
  }

  /** The outcome of a {@code result.json} status; null for one that is not an outcome. */
  static RunOutcome ofResult(String status) {
    return switch (status) {
      case "fixed" -> FIXED;
      case "unverified" -> UNVERIFIED;
      case "not_fixed" -> NOT_FIXED;
      default -> null;
    };
  }
}
