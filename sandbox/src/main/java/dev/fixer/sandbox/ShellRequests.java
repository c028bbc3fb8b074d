package dev.fixer.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The shell code that a {@link DockerShell} runs for one request: nothing of it is the command's to interpret. */
final class ShellRequests {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ShellRequests() {}

  /**
   * Code that enters {@code dir}, exports {@code env}, and replaces itself with {@code command} as
   * the leader of a new session and process group; every word single-quoted.
   */
  static String code(List<String> command, String dir, Map<String, String> env) {
    StringBuilder code = new StringBuilder("cd ").append(quote(dir)).append(" || exit 126\nunset OLDPWD\n");
    List<String> unusual = new ArrayList<>();
    env.forEach((name, value) -> {
      if (NAME.matcher(name).matches()) {
        code.append("export ").append(name).append('=').append(quote(value)).append('\n');
      } else {
        unusual.add(quote(name + "=" + value));
      }
    });
    code.append("exec ");
    if (!unusual.isEmpty()) {
      code.append("env ").append(String.join(" ", unusual)).append(' ');
    }
    code.append("setsid");
    command.forEach(word -> code.append(' ').append(quote(word)));
    return code.toString();
  }

  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
