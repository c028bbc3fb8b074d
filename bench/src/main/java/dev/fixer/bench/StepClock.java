package dev.fixer.bench;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.AgentListener;
import java.util.ArrayList;
import java.util.List;

/** Times each step from the listener's events: the whole step, the model call and the tools. */
final class StepClock implements AgentListener {

  /** Nanoseconds spent in one step. */
  record Step(long total, long model, long tools) {
    long loop() {
      return total - model - tools;
    }

    long withoutTools() {
      return total - tools;
    }
  }

  private final List<Step> steps = new ArrayList<>();
  private long stepStart = -1;
  private long modelStart;
  private long model;
  private long toolStart;
  private long tools;

  @Override
  public void onEvent(AgentEvent event) {
    long now = System.nanoTime();
    if (event instanceof AgentEvent.ModelRequested || event instanceof AgentEvent.RunFinished) {
      if (stepStart >= 0) {
        steps.add(new Step(now - stepStart, model, tools));
      }
      stepStart = now;
      modelStart = now;
      model = 0;
      tools = 0;
    } else if (event instanceof AgentEvent.AssistantReplied) {
      model = now - modelStart;
    } else if (event instanceof AgentEvent.ToolStarted) {
      toolStart = now;
    } else if (event instanceof AgentEvent.ToolFinished) {
      tools += now - toolStart;
    }
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }
}
