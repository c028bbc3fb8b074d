package dev.fixer.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixer.core.prompt.IssueText;
import java.util.ArrayList;
import java.util.List;

/** The issue in {@code run.json}: everything the model reads, so a resumed run opens as the first did. */
final class IssueJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IssueJson() {}

  static ObjectNode encode(IssueText issue) {
    ObjectNode node = JSON.createObjectNode().put("reference", issue.reference()).put("title", issue.title())
        .put("body", issue.body()).put("author", issue.author());
    issue.labels().forEach(node.putArray("labels")::add);
    ArrayNode comments = node.putArray("comments");
    issue.comments().forEach(comment -> comments.addObject().put("author", comment.author())
        .put("created_at", comment.createdAt()).put("body", comment.body()));
    issue.imageUrls().forEach(node.putArray("images")::add);
    return node;
  }

  static IssueText decode(JsonNode node) {
    List<IssueText.Comment> comments = new ArrayList<>();
    node.path("comments").forEach(c -> comments.add(new IssueText.Comment(c.path("author").asText(),
        c.path("created_at").asText(), c.path("body").asText())));
    return new IssueText(node.path("reference").asText(), node.path("title").asText(), node.path("body").asText(),
        comments, strings(node.path("images")), node.path("author").asText(), strings(node.path("labels")));
  }

  /** The texts of a JSON array of strings; empty for anything else. */
  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
