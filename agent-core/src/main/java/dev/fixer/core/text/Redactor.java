package dev.fixer.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is written anywhere: the exact values it was given (the model
 * key, the GitHub token) and anything shaped like a well-known token or bearer header.
 */
public final class Redactor {

  public static final String MASK = "[REDACTED]";
  public static final Redactor NONE = new Redactor(List.of());

  private static final Pattern SHAPES = Pattern.compile(
      "(?<![A-Za-z0-9])(?:sk-[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
          + "|xox[abp]-[A-Za-z0-9-]{20,})"
          + "|(?i)(?<=bearer )[A-Za-z0-9._~+/=-]{16,}");

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /**
   * A redactor for these secret values; blank ones and values under 8 characters (too likely to
   * occur by chance) are skipped.
   */
  public static Redactor of(Collection<String> secretValues) {
    List<String> kept = new ArrayList<>();
    for (String value : secretValues) {
      if (value != null && value.strip().length() >= 8) {
        kept.add(value.strip());
      }
    }
    kept.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(kept));
  }

  public String redact(String text) {
    String out = text;
    for (String secret : secrets) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return SHAPES.matcher(out).replaceAll(MASK);
  }
}
