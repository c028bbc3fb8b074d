package dev.fixer.runner.run;

import dev.fixer.sandbox.ExecRequest;
import dev.fixer.sandbox.ExecResult;
import dev.fixer.sandbox.Sandbox;

/** A sandbox that keeps a transcript of every command it ran and what the command printed. */
final class RecordingSandbox extends ForwardingSandbox {

  private final StringBuilder transcript = new StringBuilder();

  RecordingSandbox(Sandbox inner) {
    super(inner);
  }

  @Override
  public ExecResult exec(ExecRequest request) throws InterruptedException {
    ExecResult result = super.exec(request);
    synchronized (transcript) {
      transcript.append("$ ").append(String.join(" ", request.command())).append('\n')
          .append(result.stdout()).append(result.stdout().endsWith("\n") || result.stdout().isEmpty() ? "" : "\n")
          .append(result.stderr()).append(result.stderr().endsWith("\n") || result.stderr().isEmpty() ? "" : "\n")
          .append("[exit code ").append(result.exitCode()).append(result.timedOut() ? ", timed out" : "")
          .append(", ").append(result.duration().toMillis()).append(" ms]\n\n");
    }
    return result;
  }

  /** Every command so far, each with its output and how it ended. */
  String transcript() {
    synchronized (transcript) {
      return transcript.toString();
    }
  }
}
