package dev.fixer.runner.github;

import java.util.Locale;

/** What a user may do in a repository: GitHub's repository roles, highest first. */
public enum Permission {
  ADMIN, MAINTAIN, WRITE, TRIAGE, READ, NONE;

  /** Whether the role may push to the repository (admin, maintain, write). */
  public boolean canWrite() {
    return this == ADMIN || this == MAINTAIN || this == WRITE;
  }

  /** The role GitHub names {@code name} ({@code admin}, {@code maintain}, ...); NONE for anything else. */
  static Permission named(String name) {
    for (Permission permission : values()) {
      if (permission.name().toLowerCase(Locale.ROOT).equals(name)) {
        return permission;
      }
    }
    return NONE;
  }
}
