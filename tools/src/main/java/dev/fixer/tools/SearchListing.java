package dev.fixer.tools;

import java.util.List;
import java.util.Map;

/** Renders search results for the model: at most so many lines, and per file, and what was left out. */
final class SearchListing {

  private final int maxLines;
  private final int maxPerFile;

  /** How many matches to read to fill a listing. */
  int enough() {
    return maxLines + maxPerFile;
  }

  SearchListing(int maxLines, int maxPerFile) {
    this.maxLines = maxLines;
    this.maxPerFile = maxPerFile;
  }

  String render(String query, String scope, RipgrepResults found, boolean flooded) {
    StringBuilder out = new StringBuilder();
    out.append(found.totalMatches()).append(found.complete() ? "" : "+").append(" matches in ")
        .append(found.filesWithMatches()).append(found.complete() ? "" : "+").append(" files for /")
        .append(query).append('/').append(scope).append('\n');
    long shown = 0;
    int filesShown = 0;
    for (Map.Entry<String, List<RipgrepResults.Match>> file : found.byFile().entrySet()) {
      if (shown >= maxLines) {
        break;
      }
      filesShown++;
      out.append(file.getKey()).append('\n');
      List<RipgrepResults.Match> matches = file.getValue();
      int take = (int) Math.min(Math.min(matches.size(), maxPerFile), maxLines - shown);
      for (RipgrepResults.Match match : matches.subList(0, take)) {
        out.append(String.format("%6d: %s%n", match.line(), match.text()));
      }
      shown += take;
      long inFile = Math.max(found.matchesIn(file.getKey()), matches.size());
      if (take < inFile) {
        out.append("        ... ").append(inFile - take).append(" more in this file\n");
      }
    }
    appendLeftOut(out, found, shown, filesShown, flooded);
    return out.toString();
  }

  private static void appendLeftOut(StringBuilder out, RipgrepResults found, long shown, int filesShown, boolean flooded) {
    long moreMatches = found.totalMatches() - shown;
    long moreFiles = found.filesWithMatches() - filesShown;
    if (flooded) {
      out.append("[the search printed too much and was stopped; narrow the query, or give path or glob]\n");
    } else if (moreMatches > 0) {
      out.append("[").append(moreMatches).append(" more matches")
          .append(moreFiles > 0 ? " in " + moreFiles + " more files" : "")
          .append(" not shown; narrow the query, or give path or glob]\n");
    }
  }
}
