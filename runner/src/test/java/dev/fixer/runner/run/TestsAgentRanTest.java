package dev.fixer.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.Trajectory;
import dev.fixer.core.message.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestsAgentRanTest {

  private static Trajectory.Entry call(String name, String arguments) {
    return new Trajectory.Entry(new AgentEvent.ToolStarted(1, new ToolCall("c", name, arguments)), 0);
  }

  @Test
  void namedTestsAreCollectedOnceInFirstRunOrder() {
    List<String> tests = TestsAgentRan.in(List.of(
        call("run_tests", "{\"tests\":[\"StatsTest\",\"MeanTest#zero\"]}"),
        call("read_file", "{\"path\":\"a\"}"),
        call("run_tests", "{\"tests\":[\"MeanTest#zero\",\"OtherTest\"]}")));

    assertThat(tests).containsExactly("StatsTest", "MeanTest#zero", "OtherTest");
  }

  @Test
  void oneRunOfTheWholeSuiteMeansTheWholeSuite() {
    assertThat(TestsAgentRan.in(List.of(call("run_tests", "{\"tests\":[\"StatsTest\"]}"), call("run_tests", "{}"))))
        .isEmpty();
  }

  @Test
  void noRunOfTheTestsMeansTheWholeSuite() {
    assertThat(TestsAgentRan.in(List.of(call("run_command", "{\"command\":\"mvn test\"}")))).isEmpty();
  }

  @Test
  void aSingleNameAsTextCounts() {
    assertThat(TestsAgentRan.in(List.of(call("run_tests", "{\"tests\":\"StatsTest\"}")))).containsExactly("StatsTest");
  }
}
