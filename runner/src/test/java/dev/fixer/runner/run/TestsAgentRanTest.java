package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.ToolCall;
import dev.fixer.core.message.ToolMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestsAgentRanTest {

  private final List<Trajectory.Entry> entries = new ArrayList<>();

  /** A call the tool ran, its start and its end in the trajectory. */
  private TestsAgentRanTest ran(String name, String arguments) {
    return call(name, arguments, false);
  }

  /** A call refused before the tool ran, as for arguments that do not fit the schema. */
  private TestsAgentRanTest refused(String name, String arguments) {
    return call(name, arguments, true);
  }

  private TestsAgentRanTest call(String name, String arguments, boolean refused) {
    String id = name + ":" + entries.size();
    entries.add(new Trajectory.Entry(new AgentEvent.ToolStarted(1, new ToolCall(id, name, arguments)), 0));
    entries.add(new Trajectory.Entry(new AgentEvent.ToolFinished(1, entries.size(),
        new ToolMessage(id, name, "answer", refused), 5, null, refused), 0));
    return this;
  }

  private List<String> tests() {
    return TestsAgentRan.in(entries);
  }

  @Test
  void namedTestsAreCollectedOnceInFirstRunOrder() {
    ran("run_tests", "{\"tests\":[\"StatsTest\",\"MeanTest#zero\"]}").ran("read_file", "{\"path\":\"a\"}")
        .ran("run_tests", "{\"tests\":[\"MeanTest#zero\",\"OtherTest\"]}");

    assertThat(tests()).containsExactly("StatsTest", "MeanTest#zero", "OtherTest");
  }

  @Test
  void oneRunOfTheWholeSuiteMeansTheWholeSuite() {
    ran("run_tests", "{\"tests\":[\"StatsTest\"]}").ran("run_tests", "{}");

    assertThat(tests()).isEmpty();
  }

  @Test
  void noRunOfTheTestsMeansTheWholeSuite() {
    ran("run_command", "{\"command\":\"mvn test\"}");

    assertThat(tests()).isEmpty();
  }

  @Test
  void aSingleNameAsTextCounts() {
    ran("run_tests", "{\"tests\":\"StatsTest\"}");

    assertThat(tests()).containsExactly("StatsTest");
  }

  @Test
  void aCallRefusedForItsArgumentsRanNothingAndDoesNotCount() {
    ran("run_tests", "{\"tests\":[\"StatsTest\"]}").refused("run_tests", "{\"tests\":[\"NoSuchTest\"], \"x\": 1}");

    assertThat(tests()).containsExactly("StatsTest");
  }

  @Test
  void onlyRefusedCallsMeanTheWholeSuite() {
    refused("run_tests", "{\"tests\": 42}");

    assertThat(tests()).isEmpty();
  }

  @Test
  void aCallThatNeverFinishedDoesNotCount() {
    entries.add(new Trajectory.Entry(new AgentEvent.ToolStarted(1,
        new ToolCall("run_tests:9", "run_tests", "{\"tests\":[\"Interrupted\"]}")), 0));
    ran("run_tests", "{\"tests\":[\"StatsTest\"]}");

    assertThat(tests()).containsExactly("StatsTest");
  }
}
