package dev.fixer.core.trajectory;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.AssistantMessage;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import dev.fixer.core.model.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Model} that answers with the model turns of a trajectory file instead of calling a model:
 * the n-th request gets the n-th {@code "assistant"} line, whatever the request holds. For looking
 * at a past run again, and for demos without a key. Costs nothing: every reply has
 * {@link Usage#ZERO}.
 *
 * <p>The file is a trajectory written by a run ({@link JsonlTrajectory}), or one written by hand.
 * Only {@code "assistant"} lines are read; other events are skipped. A minimal hand-written line
 * needs only {@code type} and {@code message}; {@code time}, {@code elapsed_ms}, {@code step},
 * {@code index}, {@code finish_reason} and the message's {@code role} may be left out, and so may
 * {@code content}, {@code reasoning} and {@code tool_calls}:
 *
 * <pre>{@code
 * {"type":"assistant","message":{"reasoning":"Look first.","tool_calls":[{"id":"call_1","name":"read_file","arguments":"{\"path\":\"src/main/java/demo/Calc.java\"}"}]}}
 * {"type":"assistant","message":{"content":"Fixed the off-by-one in Calc.sum."}}
 * }</pre>
 *
 * <p>Each tool call has an {@code id}, a {@code name} and {@code arguments}, the argument JSON as a
 * string. A turn without tool calls ends the run, its {@code content} being the summary.
 *
 * <p>Thread-safe: concurrent requests each take a different turn.
 */
public final class ReplayModel implements Model {

  private final Path file;
  private final List<AssistantMessage> turns;
  private final AtomicInteger next = new AtomicInteger();

  private ReplayModel(Path file, List<AssistantMessage> turns) {
    this.file = file;
    this.turns = List.copyOf(turns);
  }

  /**
   * A model that replays the {@code "assistant"} lines of {@code file}, in file order.
   *
   * @throws IOException if the file cannot be read, a line is not an event (the message names the
   *     line; unlike a resumed run, not even a last line cut short by a crash is skipped), an {@code "assistant"} line has no message, or there is no such line
   */
  public static ReplayModel fromFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("there is no replay file at " + file);
    }
    List<AssistantMessage> turns = new ArrayList<>();
    for (Trajectory.Entry entry : JsonlTrajectory.readStrictly(file)) {
      if (entry.event() instanceof AgentEvent.AssistantReplied replied) {
        if (replied.message() == null) {
          throw new IOException("\"assistant\" line " + (turns.size() + 1) + " of the replay file " + file
              + " has no \"message\": write the model's turn there, e.g. \"message\":{\"content\":\"Done.\"}");
        }
        turns.add(replied.message());
      }
    }
    if (turns.isEmpty()) {
      throw new IOException("the replay file " + file + " holds no model turns (\"assistant\" lines):"
          + " give a trajectory written by a run, or write one line per turn such as"
          + " {\"type\":\"assistant\",\"message\":{\"content\":\"Done.\"}}");
    }
    return new ReplayModel(file, turns);
  }

  /**
   * Skips the first {@code count} turns, for resuming a run whose trajectory already holds that many
   * model replies: the next request gets turn {@code count + 1}.
   */
  public ReplayModel skip(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("cannot skip a negative number of turns: " + count);
    }
    next.addAndGet(count);
    return this;
  }

  /** How many model turns the file holds. */
  public int turns() {
    return turns.size();
  }

  @Override
  public String name() {
    return "replay";
  }

  /**
   * Returns the next recorded turn, after passing its reasoning, text and tool-call names to
   * {@code listener} as if they had streamed in.
   *
   * @throws FatalModelException ({@link FatalModelException.Kind#BAD_REQUEST}) when every turn has
   *     been replayed
   */
  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener) throws FatalModelException {
    int index = next.getAndIncrement();
    if (index >= turns.size()) {
      throw new FatalModelException(FatalModelException.Kind.BAD_REQUEST, 400,
          "the replay file " + file + " has no model turn left for request " + (index + 1)
              + " (it holds " + turns.size() + " turns)");
    }
    AssistantMessage turn = turns.get(index);
    replay(turn, listener);
    return new ModelReply(turn, turn.hasToolCalls() ? "tool_calls" : "stop", Usage.ZERO);
  }

  private static void replay(AssistantMessage turn, ModelListener listener) {
    if (turn.reasoning() != null && !turn.reasoning().isEmpty()) {
      listener.onReasoning(turn.reasoning());
    }
    if (!turn.text().isEmpty()) {
      listener.onContent(turn.text());
    }
    List<ToolCall> calls = turn.toolCalls();
    for (int i = 0; i < calls.size(); i++) {
      listener.onToolCallStarted(i, calls.get(i).name());
    }
  }
}
