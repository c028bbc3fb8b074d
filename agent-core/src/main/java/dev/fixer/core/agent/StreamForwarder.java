package dev.fixer.core.agent;

import dev.fixer.core.agent.AgentEvent.ModelRetried;
import dev.fixer.core.agent.AgentEvent.StreamDelta;
import dev.fixer.core.model.ModelListener;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what a model call reports while it streams into the run's events. */
final class StreamForwarder implements ModelListener {

  private static final Logger log = LoggerFactory.getLogger(Agent.class);

  private final int step;
  private final Consumer<AgentEvent> emit;

  StreamForwarder(int step, Consumer<AgentEvent> emit) {
    this.step = step;
    this.emit = emit;
  }

  @Override
  public void onReasoning(String delta) {
    emit.accept(new StreamDelta(step, true, delta));
  }

  @Override
  public void onContent(String delta) {
    emit.accept(new StreamDelta(step, false, delta));
  }

  @Override
  public void onRetry(int attempt, Duration delay, String reason) {
    emit.accept(new ModelRetried(step, attempt, delay.toMillis(), reason));
    log.warn("step {}: model request failed ({}); retry {} in {} ms", step, reason, attempt, delay.toMillis());
  }
}
