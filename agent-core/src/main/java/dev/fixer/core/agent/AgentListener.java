package dev.fixer.core.agent;

/**
 * Receives a run's events as they happen, on the run's thread: for live progress in a terminal or a
 * log. Must be quick and must not throw.
 */
@FunctionalInterface
public interface AgentListener {

  AgentListener NONE = event -> {};

  void onEvent(AgentEvent event);
}
