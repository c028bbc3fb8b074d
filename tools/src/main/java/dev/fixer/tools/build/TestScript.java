package dev.fixer.tools.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The invocation of a known test runner in a package.json {@code test} script, e.g. {@code mocha} in
 * {@code tsc && cross-env NODE_ENV=test mocha --require x --bail test/}, rebuilt to run selected files
 * or tests with a reporter fixer reads: the commands before it (when joined by {@code &&}), its
 * environment and wrappers, and its flags are kept but the runner's reporter, watch and bail flags;
 * the commands after it (a linter, say) are left out. Words are kept as written, quotes and globs
 * included. The runners come from {@code node_modules/.bin}, as under {@code npm test}.
 */
final class TestScript {

  private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*");
  private static final Set<String> WRAPPERS = Set.of("cross-env", "env", "npx", "nyc", "c8", "dotenv");
  private static final Set<String> SEPARATORS = Set.of("&&", "||", ";", "|", "&");
  private static final Set<String> VITEST_MODES = Set.of("run", "watch", "dev");
  private static final Set<String> VITEST_OTHER_COMMANDS = Set.of("related", "bench", "list", "typecheck", "init");
  private static final Set<String> FILE_FLAGS = Set.of("--spec", "--testPathPattern", "--runTestsByPath");

  private final String before;
  private final List<String> prefix;
  private final JsRunner runner;
  private final List<String> args;

  private TestScript(String before, List<String> prefix, JsRunner runner, List<String> args) {
    this.before = before;
    this.prefix = List.copyOf(prefix);
    this.runner = runner;
    this.args = List.copyOf(args);
  }

  /** The first invocation of a known runner in {@code script}; empty if there is none. */
  static Optional<TestScript> find(String script) {
    List<String> words = words(script);
    int start = 0;
    boolean chained = true;
    for (int i = 0; i <= words.size(); i++) {
      if (i < words.size() && !SEPARATORS.contains(words.get(i))) {
        continue;
      }
      Optional<TestScript> found = segment(chained ? String.join(" ", words.subList(0, Math.max(0, start - 1))) : "",
          words.subList(start, i));
      if (found.isPresent()) {
        return found;
      }
      chained = chained && (i == words.size() || words.get(i).equals("&&"));
      start = i + 1;
    }
    return Optional.empty();
  }

  JsRunner runner() {
    return runner;
  }

  /**
   * The script that runs {@code files} (all the invocation's own when empty), only the tests whose
   * full title matches {@code nameRegex} when it is not empty.
   */
  String command(List<String> files, String nameRegex) {
    List<String> command = new ArrayList<>(prefix);
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String word = args.get(i);
      String plain = unquote(word);
      if (!plain.startsWith("-")) {
        positional.add(word);
        continue;
      }
      String flag = plain.contains("=") ? plain.substring(0, plain.indexOf('=')) : plain;
      boolean hasValue = !plain.contains("=") && runner.takesValue(flag) && i + 1 < args.size();
      boolean drop = runner.drops(flag, !nameRegex.isEmpty()) || (!files.isEmpty() && FILE_FLAGS.contains(flag));
      if (!drop) {
        command.add(word);
        if (hasValue) {
          command.add(args.get(i + 1));
        }
      }
      i += hasValue ? 1 : 0;
    }
    command.addAll(runner.reporter().stream().map(Shell::quote).toList());
    if (!nameRegex.isEmpty()) {
      command.addAll(runner.nameFilter(nameRegex).stream().map(Shell::quote).toList());
    }
    if (files.isEmpty()) {
      command.addAll(positional);
    } else {
      command.addAll(runner.fileFlags());
      command.addAll(files.stream().map(Shell::quote).toList());
    }
    return "export PATH=\"$PWD/node_modules/.bin:$PATH\"; " + (before.isEmpty() ? "" : before + " && ")
        + String.join(" ", command);
  }

  private static Optional<TestScript> segment(String before, List<String> words) {
    List<String> prefix = new ArrayList<>();
    int i = 0;
    boolean wrapped = false;
    while (i < words.size()) {
      String plain = unquote(words.get(i));
      if (ASSIGNMENT.matcher(plain).matches() || WRAPPERS.contains(plain) || (wrapped && plain.startsWith("-"))) {
        wrapped = wrapped || WRAPPERS.contains(plain);
        prefix.add(words.get(i++));
        continue;
      }
      break;
    }
    if (i >= words.size()) {
      return Optional.empty();
    }
    String command = unquote(words.get(i));
    List<String> rest = words.subList(i + 1, words.size());
    if (command.equals("node") && rest.stream().takeWhile(w -> w.startsWith("-")).anyMatch(w -> w.equals("--test"))) {
      prefix.add(words.get(i));
      return Optional.of(new TestScript(before, prefix, JsRunner.NODE_TEST, rest));
    }
    JsRunner runner = JsRunner.byCommand(command);
    if (runner == null) {
      return Optional.empty();
    }
    prefix.add(words.get(i));
    if (runner == JsRunner.VITEST) {
      prefix.add("run");
      if (!rest.isEmpty() && VITEST_MODES.contains(rest.get(0))) {
        rest = rest.subList(1, rest.size());
      } else if (!rest.isEmpty() && VITEST_OTHER_COMMANDS.contains(rest.get(0))) {
        return Optional.empty();
      }
    }
    return Optional.of(new TestScript(before, prefix, runner, rest));
  }

  /** The script's words, split at blanks outside quotes and at {@code ;} ending a word, quotes kept. */
  private static List<String> words(String script) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : script.toCharArray()) {
      if (quote != 0) {
        word.append(c);
        quote = c == quote ? 0 : quote;
      } else if (Character.isWhitespace(c) || c == ';') {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
        if (c == ';') {
          words.add(";");
        }
      } else {
        word.append(c);
        quote = c == '\'' || c == '"' ? c : 0;
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  private static String unquote(String word) {
    return word.replace("'", "").replace("\"", "");
  }
}
