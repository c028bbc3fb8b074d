package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import dev.fixer.tools.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentWorkTest {

  @TempDir
  Path root;

  private final List<Trajectory.Entry> entries = new ArrayList<>();

  private void call(String id, String name, String arguments, boolean failed, String finishSummary) {
    entries.add(new Trajectory.Entry(new AgentEvent.ToolStarted(1, new ToolCall(id, name, arguments)), 0));
    entries.add(new Trajectory.Entry(new AgentEvent.ToolFinished(1, entries.size(),
        new ToolMessage(id, name, failed ? "error" : "ok", failed), 1, finishSummary), 0));
  }

  @Test
  void filesEditWroteAreWrittenAndThoseAnAcceptedFinishNamedAreKept() {
    Workspace workspace = Workspace.at(root, "/workspace");
    call("edit:0", "edit", "{\"path\":\"src/Calc.java\",\"old_str\":\"a\",\"new_str\":\"b\"}", false, null);
    call("edit:0", "edit", "{\"path\":\"/workspace/src/CalcTest.java\",\"old_str\":\"\",\"new_str\":\"x\"}", false,
        null);
    call("edit:1", "edit", "{\"path\":\"src/Missing.java\",\"old_str\":\"q\",\"new_str\":\"r\"}", true, null);
    call("edit:2", "edit", "{\"path\":\"../outside.txt\",\"old_str\":\"\",\"new_str\":\"r\"}", false, null);
    call("finish:0", "finish", "{\"summary\":\"s\",\"keep\":[\"docs/old.md\"]}", true, null);
    call("finish:1", "finish", "{\"summary\":\"s\",\"keep\":[\"./src/Moved.java\"]}", false, "s");

    AgentWork work = AgentWork.of(entries, workspace);

    assertThat(work.written()).containsExactlyInAnyOrder("src/Calc.java", "src/CalcTest.java");
    assertThat(work.keep()).containsExactly("src/Moved.java");
  }
}
