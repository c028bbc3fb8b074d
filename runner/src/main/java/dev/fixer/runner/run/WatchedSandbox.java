package dev.fixer.runner.run;

import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.OutputListener;
import dev.fixer.sandbox.Sandbox;

/** A sandbox whose commands' output goes, a line at a time while they run, to a listener: e.g. the status line. */
final class WatchedSandbox extends ForwardingSandbox {

  private final OutputListener listener;

  WatchedSandbox(Sandbox inner, OutputListener listener) {
    super(inner);
    this.listener = listener;
  }

  @Override
  public ExecResult exec(ExecRequest request) throws InterruptedException {
    return super.exec(request.listener() == OutputListener.NONE ? request.withListener(listener) : request);
  }
}
