package dev.fixer.runner.run;

import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.ResourceLimits;
import dev.fixer.sandbox.Sandbox;
import java.util.Optional;

/** A sandbox that hands every call to another: the base of decorators that change only {@link #exec}. */
abstract class ForwardingSandbox implements Sandbox {

  private final Sandbox inner;

  ForwardingSandbox(Sandbox inner) {
    this.inner = inner;
  }

  @Override
  public ExecResult exec(ExecRequest request) throws InterruptedException {
    return inner.exec(request);
  }

  @Override
  public String workdir() {
    return inner.workdir();
  }

  @Override
  public void closeNetwork() {
    inner.closeNetwork();
  }

  @Override
  public String describe() {
    return inner.describe();
  }

  @Override
  public ResourceLimits limits() {
    return inner.limits();
  }

  @Override
  public Optional<String> explain(ExecResult result, String subject) {
    return inner.explain(result, subject);
  }

  /** Closes the sandbox it decorates. */
  @Override
  public void close() {
    inner.close();
  }
}
