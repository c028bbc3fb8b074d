package dev.fixer.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolSpecTest {

  private static final JsonNode OBJECT = new ObjectMapper().createObjectNode().put("type", "object");

  @ParameterizedTest
  @ValueSource(strings = {"read_file", "run-tests", "_private", "abc"})
  void acceptsNamesTheApiAccepts(String name) {
    assertThat(new ToolSpec(name, "d", OBJECT).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "1tool", "read file", "read.file",
      "a_name_of_sixty_five_characters_is_one_more_than_the_api_allows_x"})
  void refusesNamesTheApiWouldRejectNamingThePattern(String name) {
    assertThatThrownBy(() -> new ToolSpec(name, "d", OBJECT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + name + "'").hasMessageContaining("^[a-zA-Z_][a-zA-Z0-9-_]{2,63}$");
  }

  @Test
  void refusesParametersThatAreNotAnObjectSchema() {
    assertThatThrownBy(() -> new ToolSpec("read_file", "d", new ObjectMapper().createObjectNode().put("type", "string")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON schema of type object");
  }
}
