package dev.fixer.runner.eval;

import static dev.fixer.runner.eval.JsonFields.absent;
import static dev.fixer.runner.eval.JsonFields.ids;
import static dev.fixer.runner.eval.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One dataset line as an {@link Instance}. SWE-bench's names (also SWE-bench-java's) come first; where
 * they are absent, Multi-SWE-bench's stand in: {@code org} + {@code repo}, {@code number},
 * {@code base.sha}, {@code fix_patch}, {@code resolved_issues}, and the test maps {@code f2p_tests},
 * {@code s2p_tests}, {@code n2p_tests} (all of which must pass after the fix, so all are FAIL_TO_PASS
 * here) and {@code p2p_tests}.
 */
final class InstanceJson {

  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  private InstanceJson() {}

  /** @throws IllegalArgumentException saying what is wrong with the line */
  static Instance decode(JsonNode node, int line) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    String repo = repo(node);
    String instanceId = required(instanceId(node, repo), "instance_id");
    String baseCommit = required(absent(node, "base_commit") && node.path("base").isObject()
        ? text(node.get("base"), "sha") : text(node, "base_commit"), "base_commit");
    return new Instance(instanceId, repo, baseCommit, problemStatement(node), text(node, "hints_text"),
        text(node, "test_patch"), failToPass(node), absent(node, "PASS_TO_PASS") ? ids(node, "p2p_tests")
        : ids(node, "PASS_TO_PASS"), absent(node, "patch") ? text(node, "fix_patch") : text(node, "patch"),
        text(node, "environment_setup_commit"), text(node, "version"), text(node, "language"),
        text(node, "test_command"), text(node, "setup"), line);
  }

  private static String repo(JsonNode node) {
    String repo = required(text(node, "repo"), "repo");
    String org = text(node, "org");
    if (!org.isBlank() && !repo.contains("/")) {
      repo = org + "/" + repo;
    }
    if (!REPO.matcher(repo).matches()) {
      throw new IllegalArgumentException("\"repo\" is " + repo + ", not OWNER/NAME");
    }
    return repo;
  }

  private static String instanceId(JsonNode node, String repo) {
    String id = text(node, "instance_id");
    if (id.isBlank() && !absent(node, "number")) {
      return repo.replace("/", "__") + "-" + text(node, "number");
    }
    return id;
  }

  private static String problemStatement(JsonNode node) {
    if (!absent(node, "problem_statement") || !node.path("resolved_issues").isArray()) {
      return text(node, "problem_statement");
    }
    List<String> issues = new ArrayList<>();
    for (JsonNode issue : node.get("resolved_issues")) {
      issues.add((text(issue, "title") + "\n\n" + text(issue, "body")).strip());
    }
    return String.join("\n\n", issues);
  }

  private static List<String> failToPass(JsonNode node) {
    if (!absent(node, "FAIL_TO_PASS")) {
      return ids(node, "FAIL_TO_PASS");
    }
    List<String> ids = new ArrayList<>(ids(node, "f2p_tests"));
    ids.addAll(ids(node, "s2p_tests"));
    ids.addAll(ids(node, "n2p_tests"));
    return ids;
  }

  private static String required(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("it has no \"" + name + "\"");
    }
    return value;
  }
}
