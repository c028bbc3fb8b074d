package dev.fixer.runner.report;

import java.util.Locale;

/**
 * Writing HTML of untrusted text: every text and attribute value goes through {@link #text}, which escapes
 * {@code & < > " '}; links only to {@code http(s)} or to relative paths fixer made.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(64 * 1024);

  private Html() {}

  static Html page() {
    return new Html();
  }

  /** {@code value} safe in an element's text or in a quoted attribute. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        case '\u0000' -> escaped.append('\uFFFD');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A URL from a record fit for {@code href}: an {@code http(s)} one escaped, anything else empty. */
  static String url(String value) {
    if (value == null) {
      return "";
    }
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? text(value.strip()) : "";
  }

  /** Appends markup fixer wrote itself; never untrusted text (see {@link #esc}). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends untrusted text, escaped. */
  Html esc(String value) {
    out.append(text(value));
    return this;
  }

  /** Appends {@code <tag class="cls">text</tag>}, the text escaped. */
  Html el(String tag, String cls, String value) {
    out.append('<').append(tag);
    if (cls != null) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>').append(text(value)).append("</").append(tag).append('>');
    return this;
  }

  int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
