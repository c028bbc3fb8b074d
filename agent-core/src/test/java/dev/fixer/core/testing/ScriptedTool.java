package dev.fixer.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixer.core.tool.Tool;
import dev.fixer.core.tool.ToolContext;
import dev.fixer.core.tool.ToolResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tool whose behaviour a test gives as a function, and which records the arguments of each call. */
public final class ScriptedTool implements Tool {

  /** What the tool does with its arguments. */
  @FunctionalInterface
  public interface Behaviour {
    ToolResult call(JsonNode arguments) throws InterruptedException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonNode schema;
  private final Behaviour behaviour;
  private final List<JsonNode> calls = new CopyOnWriteArrayList<>();

  public ScriptedTool(String name, String schemaJson, Behaviour behaviour) {
    this.name = name;
    try {
      this.schema = JSON.readTree(schemaJson);
    } catch (Exception e) {
      throw new IllegalArgumentException(schemaJson, e);
    }
    this.behaviour = behaviour;
  }

  /** A {@code read_file} look-alike that answers every path with {@code output}. */
  public static ScriptedTool readFile(String output) {
    return new ScriptedTool("read_file", """
        {"type": "object",
         "properties": {"path": {"type": "string"}, "start_line": {"type": "integer"}},
         "required": ["path"]}""", args -> ToolResult.success(output));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "A scripted tool named " + name + ".";
  }

  @Override
  public JsonNode parameters() {
    return schema;
  }

  @Override
  public ToolResult call(JsonNode arguments, ToolContext context) throws InterruptedException {
    calls.add(arguments);
    return behaviour.call(arguments);
  }

  public List<JsonNode> calls() {
    return List.copyOf(calls);
  }
}
