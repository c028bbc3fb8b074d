package dev.fixer.runner.run;

import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.Sandbox;

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

  /** Closes the sandbox it decorates. */
  @Override
  public void close() {
    inner.close();
  }
}
