package dev.fixer.runner.git;

import java.util.Objects;

/**
 * An author/committer identity, as git writes it into a commit. Both parts are non-blank.
 *
 * @param name the display name, e.g. {@code Ada Lovelace}
 * @param email the address, e.g. {@code ada@example.com}
 */
public record Identity(String name, String email) {

  /** The identity fixer commits with when the user's repository has none configured. */
  public static final Identity FIXER = new Identity("fixer", "fixer@localhost");

  public Identity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    if (name.isBlank() || email.isBlank()) {
      throw new IllegalArgumentException("an identity needs a name and an email, got '" + name + "' <" + email + ">");
    }
  }
}
