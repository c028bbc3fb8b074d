package dev.fixer.runner.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parser that reads like the one it wraps and remembers the line of each top-level key, and of each
 * key of a top-level mapping as {@code section.key}, so that errors Jackson reports late (or without a
 * place) can point at the key.
 */
final class KeyLines extends JsonParserDelegate {

  private final Map<String, Integer> lines = new HashMap<>();

  KeyLines(JsonParser parser) {
    super(parser);
  }

  /** The line of the first {@code key} (or {@code section.key}) read so far, or 0 if none. */
  int lineOf(String key) {
    return lines.getOrDefault(key, 0);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (token == JsonToken.FIELD_NAME) {
      JsonStreamContext object = getParsingContext();
      if (isTopLevel(object)) {
        lines.putIfAbsent(currentName(), currentTokenLocation().getLineNr());
      } else if (object.getParent() != null && object.getParent().getParent() != null
          && isTopLevel(object.getParent())) {
        lines.putIfAbsent(object.getParent().getCurrentName() + "." + currentName(),
            currentTokenLocation().getLineNr());
      }
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  private static boolean isTopLevel(JsonStreamContext object) {
    return object.getParent() != null && object.getParent().inRoot();
  }
}
