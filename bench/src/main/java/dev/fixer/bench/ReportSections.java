package dev.fixer.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as sections under {@code ## } headings, so that one benchmark can be run again alone. */
final class ReportSections {

  private ReportSections() {}

  /**
   * {@code report} with each section of {@code fresh} in place of the one of the same heading, or
   * added at the end when it has none.
   */
  static String replace(String report, String fresh) {
    Map<String, String> updated = split(fresh);
    List<String> parts = new ArrayList<>();
    Map<String, String> old = split(report);
    for (Map.Entry<String, String> section : old.entrySet()) {
      parts.add(updated.getOrDefault(section.getKey(), section.getValue()));
    }
    updated.forEach((heading, text) -> {
      if (!old.containsKey(heading)) {
        parts.add(text);
      }
    });
    return String.join("", parts);
  }

  /** Heading line to section text (heading included); the text before the first heading under "". */
  private static Map<String, String> split(String text) {
    Map<String, String> sections = new LinkedHashMap<>();
    String heading = "";
    StringBuilder current = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (line.startsWith("## ")) {
        sections.put(heading, current.toString());
        heading = line.strip();
        current = new StringBuilder();
      }
      current.append(line);
    }
    sections.put(heading, current.toString());
    sections.remove("", "");
    return sections;
  }
}
