package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run that got to its end: the exit code, the summary a person reads and the result a program reads.
 */
record Finished(int exitCode, String summary, ObjectNode result) {}
