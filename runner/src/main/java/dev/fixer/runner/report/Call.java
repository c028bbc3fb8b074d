package dev.fixer.runner.report;

/**
 * One tool call of a step and, once it ran, its result.
 *
 * @param id the call's id
 * @param name the tool
 * @param arguments the arguments as the model wrote them (JSON, usually)
 * @param output what the tool returned to the model; empty until it did
 * @param failed whether the tool reported a failure
 * @param durationMs how long it ran
 * @param outputLine the trajectory line of the result; 0 until there is one
 */
record Call(String id, String name, String arguments, String output, boolean failed, long durationMs,
    int outputLine) {

  Call {
    id = id == null ? "" : id;
    name = name == null ? "?" : name;
    arguments = arguments == null ? "" : arguments;
    output = output == null ? "" : output;
  }

  boolean done() {
    return outputLine > 0;
  }

  Call finished(String text, boolean failure, long ms, int line) {
    return new Call(id, name, arguments, text, failure, ms, line);
  }
}
