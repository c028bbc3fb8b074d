package dev.fixer.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.tool.SchemaValidator;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Calls a tool as the agent does: arguments as a JSON object, checked against the tool's schema. */
final class FileToolCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FileToolCalls() {}

  /** Calls {@code tool} with the arguments given as name, value, name, value... */
  static ToolResult call(Tool tool, Object... namesAndValues) {
    ObjectNode arguments = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
    }
    if (!SchemaValidator.validate(tool.parameters(), arguments).isEmpty()) {
      throw new IllegalArgumentException("the test passed arguments that do not fit the schema: " + arguments);
    }
    try {
      return tool.call(arguments, new ToolContext(1, "call-1", null));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
