package dev.fixer.runner.report;

import java.util.List;

/**
 * One step of a run: a request to the model, its reply, and the tool calls the reply asked for.
 *
 * @param number the step number, from 1
 * @param note what happened just before it, e.g. "attempt 2: verification failed"; empty mostly
 * @param reasoning the model's reasoning; empty when it gave none
 * @param text the reply's text besides the tool calls
 * @param calls the tool calls, in order
 * @param tokens the tokens and cost of the request
 * @param elapsedMs the run's active time when the step began
 * @param line the trajectory line where the step began
 */
record Step(int number, String note, String reasoning, String text, List<Call> calls, Tokens tokens,
    long elapsedMs, int line) {

  Step {
    note = note == null ? "" : note;
    reasoning = reasoning == null ? "" : reasoning;
    text = text == null ? "" : text;
    calls = List.copyOf(calls);
    tokens = tokens == null ? Tokens.NONE : tokens;
  }
}
