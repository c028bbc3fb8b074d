package dev.fixer.runner.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A webhook payload as the rules that decide on an event read it: fields by dotted path, each
 * checked for its type. A field that is missing or of the wrong type throws {@link Malformed}
 * naming its path, which the rules turn into "malformed event" skips.
 */
public final class Payload {

  private final JsonNode root;

  public Payload(JsonNode root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** The node at {@code path} (e.g. {@code comment.user.login}); a missing node when there is none. */
  public JsonNode field(String path) {
    JsonNode node = root;
    for (String name : path.split("\\.")) {
      node = node.path(name);
    }
    return node;
  }

  /** Whether {@code path} holds a value other than JSON null. */
  public boolean has(String path) {
    JsonNode node = field(path);
    return !node.isMissingNode() && !node.isNull();
  }

  /** The string at {@code path}; {@link Malformed} when it is not a string. */
  public String text(String path) {
    JsonNode node = field(path);
    if (!node.isTextual()) {
      throw new Malformed(path);
    }
    return node.textValue();
  }

  /** The issue or pull request number at {@code path}: a whole number from 1 that fits an int. */
  public int number(String path) {
    JsonNode number = field(path);
    if (!number.isIntegralNumber() || !number.canConvertToInt() || number.intValue() < 1) {
      throw new Malformed(path);
    }
    return number.intValue();
  }

  /** The id at {@code path}, e.g. a comment's: a whole number from 1. */
  public long id(String path) {
    JsonNode id = field(path);
    if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() < 1) {
      throw new Malformed(path);
    }
    return id.longValue();
  }

  /** A field a rule reads is missing or of the wrong type; the message is its dotted path. */
  public static final class Malformed extends RuntimeException {
    Malformed(String path) {
      super(path, null, false, false);
    }

    /** The dotted path of the field, e.g. {@code comment.id}. */
    public String path() {
      return getMessage();
    }
  }
}
