package dev.fixer.runner.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the steps of fixer's {@code action.yml} as GitHub's runner runs a composite action, for the
 * expressions that file uses: {@code inputs.NAME} (from {@code with}, else the input's default),
 * {@code github.NAME}, {@code toJSON(inputs)}, and a step's {@code if:} of the form
 * {@code steps.ID.outputs.NAME != 'VALUE'}. Anything else fails the test that meets it.
 */
public final class CompositeSteps {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
  private static final Pattern IF_NOT = Pattern.compile("steps\\.(\\w+)\\.outputs\\.(\\w+) != '([^']*)'");

  /**
   * How the steps went.
   *
   * @param ran the ids of the steps that ran, in order
   * @param outputs each step's outputs by the step's id
   * @param exitCode the last step's exit code
   * @param stderr what the steps printed on stderr, in order
   */
  public record Ran(List<String> ran, Map<String, Map<String, String>> outputs, int exitCode, String stderr) {}

  private CompositeSteps() {}

  /**
   * Runs the steps in {@code dir} with {@code env} and the step's own, stopping at the first that
   * fails. {@code github} gives the {@code github} context (e.g. {@code token}, {@code action_ref}).
   */
  public static Ran run(Path root, Path dir, Map<String, String> env, Map<String, String> with,
      Map<String, String> github) throws IOException, InterruptedException {
    JsonNode action = YAML.readTree(root.resolve("action.yml").toFile());
    Map<String, String> context = new TreeMap<>(github);
    context.put("action_path", root.toString());
    Map<String, String> inputs = inputs(action.path("inputs"), with, context);
    List<String> ran = new ArrayList<>();
    Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
    StringBuilder stderr = new StringBuilder();
    int exitCode = 0;
    for (JsonNode step : action.path("runs").path("steps")) {
      String id = step.path("id").asText();
      if (step.has("if") && !holds(step.path("if").asText(), outputs)) {
        continue;
      }
      ran.add(id);
      Path output = Files.createTempFile(dir, "output-" + id, ".txt");
      ProcessBuilder builder = new ProcessBuilder("bash", "-c", resolve(step.path("run").asText(), inputs, context))
          .directory(dir.toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      builder.environment().put("GITHUB_OUTPUT", output.toString());
      step.path("env").fields().forEachRemaining(
          variable -> builder.environment().put(variable.getKey(), resolve(variable.getValue().asText(), inputs, context)));
      Path err = Files.createTempFile(dir, "stderr-" + id, ".txt");
      Process process = builder.redirectErrorStream(false).redirectError(err.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("step " + id + " did not finish in 10 minutes");
      }
      exitCode = process.exitValue();
      stderr.append(Files.readString(err));
      outputs.put(id, outputsIn(output));
      if (exitCode != 0) {
        break;
      }
    }
    return new Ran(ran, outputs, exitCode, stderr.toString());
  }

  private static Map<String, String> inputs(JsonNode declared, Map<String, String> with, Map<String, String> context) {
    Map<String, String> inputs = new TreeMap<>();
    declared.fields().forEachRemaining(input -> {
      if (input.getValue().has("default")) {
        inputs.put(input.getKey(), resolve(input.getValue().path("default").asText(), Map.of(), context));
      }
    });
    inputs.putAll(with);
    return inputs;
  }

  private static boolean holds(String condition, Map<String, Map<String, String>> outputs) {
    Matcher notEqual = IF_NOT.matcher(condition.strip());
    if (!notEqual.matches()) {
      throw new AssertionError("CompositeSteps does not evaluate the condition " + condition);
    }
    String value = outputs.getOrDefault(notEqual.group(1), Map.of()).getOrDefault(notEqual.group(2), "");
    return !value.equals(notEqual.group(3));
  }

  private static String resolve(String text, Map<String, String> inputs, Map<String, String> context) {
    Matcher expression = EXPRESSION.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (expression.find()) {
      expression.appendReplacement(resolved, Matcher.quoteReplacement(value(expression.group(1), inputs, context)));
    }
    return expression.appendTail(resolved).toString();
  }

  private static String value(String expression, Map<String, String> inputs, Map<String, String> context) {
    if (expression.equals("toJSON(inputs)")) {
      return JSON.valueToTree(inputs).toString();
    }
    if (expression.startsWith("inputs.")) {
      return inputs.getOrDefault(expression.substring("inputs.".length()), "");
    }
    if (expression.startsWith("github.")) {
      return context.getOrDefault(expression.substring("github.".length()), "");
    }
    throw new AssertionError("CompositeSteps does not evaluate ${{ " + expression + " }}");
  }

  /** A step's outputs: {@code name=value} lines and {@code name<<DELIMITER} blocks. */
  private static Map<String, String> outputsIn(Path output) throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    Iterator<String> lines = Files.readAllLines(output).iterator();
    while (lines.hasNext()) {
      String line = lines.next();
      int heredoc = line.indexOf("<<");
      int equals = line.indexOf('=');
      if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
        String delimiter = line.substring(heredoc + 2);
        List<String> value = new ArrayList<>();
        for (String next = lines.next(); !next.equals(delimiter); next = lines.next()) {
          value.add(next);
        }
        outputs.put(line.substring(0, heredoc), String.join("\n", value));
      } else if (equals > 0) {
        outputs.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return outputs;
  }
}
