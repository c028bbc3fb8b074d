package dev.fixer.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private final JsonNode schema = json("""
      {"type": "object",
       "properties": {
         "path": {"type": "string"},
         "start_line": {"type": "integer", "minimum": 1},
         "mode": {"type": "string", "enum": ["read", "write"]},
         "globs": {"type": "array", "items": {"type": "string"}},
         "limit": {"type": ["integer", "null"]}
       },
       "required": ["path"],
       "additionalProperties": false}""");

  SchemaValidatorTest() throws Exception {}

  @Test
  void acceptsArgumentsThatFit() throws Exception {
    assertThat(SchemaValidator.validate(schema, json(
        "{\"path\":\"a\",\"start_line\":3,\"mode\":\"read\",\"globs\":[\"*.java\"],\"limit\":null}"))).isEmpty();
  }

  @Test
  void acceptsAWholeNumberWrittenAsADecimalForAnInteger() throws Exception {
    assertThat(SchemaValidator.validate(schema, json("{\"path\":\"a\",\"start_line\":3.0}"))).isEmpty();
  }

  @Test
  void namesAMissingRequiredProperty() throws Exception {
    assertThat(SchemaValidator.validate(schema, json("{}"))).containsExactly("missing required property 'path'");
  }

  @Test
  void treatsAnExplicitNullRequiredPropertyAsMissing() throws Exception {
    assertThat(SchemaValidator.validate(schema, json("{\"path\":null}"))).containsExactly("missing required property 'path'");
  }

  @Test
  void namesEachMistypedProperty() throws Exception {
    assertThat(SchemaValidator.validate(schema, json("{\"path\":7,\"start_line\":\"ten\",\"globs\":[\"a\",2]}")))
        .containsExactly("'path' must be a string, got an integer 7",
            "'start_line' must be an integer, got a string \"ten\"",
            "'globs[1]' must be a string, got an integer 2");
  }

  @Test
  void checksEnumsRangesAndUnknownProperties() throws Exception {
    assertThat(SchemaValidator.validate(schema, json("{\"path\":\"a\",\"mode\":\"delete\",\"start_line\":0,\"colour\":1}")))
        .containsExactly("'mode' must be one of [\"read\",\"write\"], got \"delete\"",
            "'start_line' must be at least 1, got 0",
            "unknown property 'colour'; allowed: path, start_line, mode, globs, limit");
  }

  @Test
  void saysWhenTheArgumentsAreNotAnObject() throws Exception {
    assertThat(SchemaValidator.validate(schema, json("[1,2]"))).containsExactly("the arguments must be an object, got an array [1,2]");
  }
}
