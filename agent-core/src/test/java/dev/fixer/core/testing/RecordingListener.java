package dev.fixer.core.testing;

import dev.fixer.core.agent.AgentEvent;
import dev.fixer.core.agent.AgentListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it receives. */
public final class RecordingListener implements AgentListener {

  private final List<AgentEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(AgentEvent event) {
    events.add(event);
  }

  public List<AgentEvent> events() {
    return List.copyOf(events);
  }

  public <T extends AgentEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
