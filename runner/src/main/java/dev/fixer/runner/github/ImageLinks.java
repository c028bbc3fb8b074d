package dev.fixer.runner.github;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The image links in Markdown text: {@code ![alt](url "title")} and HTML {@code <img src="url">}. */
final class ImageLinks {

  private static final Pattern MARKDOWN = Pattern.compile(
      "!\\[(?:[^\\]\\\\]|\\\\.)*]\\(\\s*<?([^\\s)<>]+)>?(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
  private static final Pattern HTML = Pattern.compile(
      "<img\\b[^>]*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);

  private ImageLinks() {}

  /** The links in {@code texts}, in the order they appear, each once. */
  static List<String> in(List<String> texts) {
    Set<String> links = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null) {
        links.addAll(in(text));
      }
    }
    return new ArrayList<>(links);
  }

  private static List<String> in(String text) {
    Map<Integer, String> byPosition = new TreeMap<>();
    Matcher markdown = MARKDOWN.matcher(text);
    while (markdown.find()) {
      byPosition.put(markdown.start(), markdown.group(1));
    }
    Matcher html = HTML.matcher(text);
    while (html.find()) {
      String src = html.group(1) != null ? html.group(1) : html.group(2) != null ? html.group(2) : html.group(3);
      byPosition.put(html.start(), src.strip().replace("&amp;", "&"));
    }
    return byPosition.values().stream().filter(link -> !link.isEmpty()).toList();
  }
}
