package dev.fixer.runner.run;

import dev.fixer.core.model.FatalModelException;
import dev.fixer.core.model.Model;
import dev.fixer.core.model.ModelException;
import dev.fixer.core.model.ModelListener;
import dev.fixer.core.model.ModelReply;
import dev.fixer.core.model.ModelRequest;
import java.util.Optional;

/**
 * A model that remembers the last refusal it passed on, so that the run's exit code can tell a
 * rejected key (the user's to fix) from other refusals.
 */
final class WatchedModel implements Model {

  private final Model delegate;
  private volatile FatalModelException lastRefusal;

  WatchedModel(Model delegate) {
    this.delegate = delegate;
  }

  Optional<FatalModelException> lastRefusal() {
    return Optional.ofNullable(lastRefusal);
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ModelReply complete(ModelRequest request, ModelListener listener) throws ModelException, InterruptedException {
    try {
      return delegate.complete(request, listener);
    } catch (FatalModelException e) {
      lastRefusal = e;
      throw e;
    }
  }
}
