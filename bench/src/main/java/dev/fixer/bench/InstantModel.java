package dev.fixer.bench;

import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.Usage;
import java.util.List;

/** A model that answers at once, in process, always with the same tool call: the loop alone is measured. */
final class InstantModel implements Model {

  static final String REASONING = "I should look at the next file to find where the sum is computed. ".repeat(5);

  @Override
  public String name() {
    return "kimi-k2.6";
  }

  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener) {
    AssistantMessage message = new AssistantMessage(null, REASONING,
        List.of(new ToolCall("read_file:0", "read_file", "{\"path\":\"src/main/java/Calculator.java\"}")));
    return new ModelReply(message, "tool_calls", new Usage(1000, 900, 60));
  }
}
