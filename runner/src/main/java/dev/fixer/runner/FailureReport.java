package dev.fixer.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a failure outside a command's own reporting reaches the user: one line {@code fixer: ...} on
 * stderr, and, when the command has {@code --json} and it was given, {@code {"status":"error",
 * "exit_code":N,"error":"..."}} as the last line of stdout, so that a script reads every outcome the
 * same way.
 */
final class FailureReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String JSON_OPTION = "--json";

  private final List<String> args;

  FailureReport(String... args) {
    this.args = List.of(args);
  }

  /** An option or argument picocli rejected: exit code 2, with a pointer to the command's help. */
  int usage(ParameterException e, String[] ignored) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("fixer: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
    json(line.getCommandSpec(), args.contains(JSON_OPTION), ExitCodes.USAGE, e.getMessage());
    return ExitCodes.USAGE;
  }

  /** A {@link FixerException} a command threw: its line and exit code; anything else is a bug and propagates. */
  int execution(Exception e, CommandLine failed, ParseResult parsed) throws Exception {
    if (!(e instanceof FixerException fixer)) {
      throw e;
    }
    failed.getErr().println("fixer: " + fixer.getMessage());
    json(failed.getCommandSpec(), args.contains(JSON_OPTION), fixer.exitCode(), fixer.getMessage());
    return fixer.exitCode();
  }

  private static void json(CommandSpec command, boolean asked, int exitCode, String message) {
    if (!asked || command.findOption(JSON_OPTION) == null) {
      return;
    }
    PrintWriter out = command.commandLine().getOut();
    out.println(JSON.createObjectNode().put("status", "error").put("exit_code", exitCode).put("error", message));
    out.flush();
  }
}
