package dev.fixer.runner.batch;

import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import java.util.Objects;

/**
 * A {@link Model} that waits for a shared {@link RequestRate} before each call, then hands the call to
 * the model it wraps. Everything else is the wrapped model's. Retries inside the wrapped model are
 * not counted again.
 */
public final class RateLimitedModel implements Model {

  private final Model model;
  private final RequestRate rate;

  public RateLimitedModel(Model model, RequestRate rate) {
    this.model = Objects.requireNonNull(model, "model");
    this.rate = Objects.requireNonNull(rate, "rate");
  }

  @Override
  public String name() {
    return model.name();
  }

  /** @throws InterruptedException also when interrupted while waiting for the rate, before anything is sent */
  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener)
      throws ModelException, InterruptedException {
    rate.acquire();
    return model.complete(request, listener);
  }
}
