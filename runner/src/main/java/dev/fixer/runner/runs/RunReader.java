package dev.fixer.runner.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a run directory's run.json, result.json and trajectory into a {@link RunEntry}. */
final class RunReader {

  static final String RECORD = "run.json";
  static final String RESULT = "result.json";
  /** A run without a result that changed more lately than this may still be running. */
  static final Duration ACTIVE = Duration.ofHours(1);

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The time at the start of a run directory's default name, e.g. {@code 20261123-101500-issue-42}. */
  private static final Pattern STAMP = Pattern.compile("^(\\d{8}-\\d{6})-.*");
  private static final DateTimeFormatter STAMP_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RunReader() {}

  /** Whether {@code dir} holds a run: it has a run.json. */
  static boolean isRun(Path dir) {
    return Files.isRegularFile(dir.resolve(RECORD));
  }

  static RunEntry read(Path dir, Instant now) {
    JsonNode record = json(dir.resolve(RECORD));
    Path result = dir.resolve(RESULT);
    Optional<Path> trajectory = Optional.ofNullable(record.path("trajectory").textValue()).map(Path::of)
        .filter(Files::isRegularFile);
    Instant lastChange = Stream.of(Optional.of(dir.resolve(RECORD)), Optional.of(result), trajectory)
        .flatMap(Optional::stream).map(RunReader::modified).max(Instant::compareTo).orElse(Instant.EPOCH);
    JsonNode issue = record.path("issue");
    OptionalInt number = issue.path("number").canConvertToInt() && issue.hasNonNull("number")
        ? OptionalInt.of(issue.get("number").asInt()) : OptionalInt.empty();
    JsonNode outcome = Files.isRegularFile(result) ? json(result) : MissingNode.getInstance();
    RunOutcome status = Optional.ofNullable(RunOutcome.ofResult(outcome.path("status").asText()))
        .orElse(Duration.between(lastChange, now).compareTo(ACTIVE) < 0 ? RunOutcome.RUNNING : RunOutcome.STOPPED);
    Optional<Double> cost = outcome.path("cost_usd").isNumber()
        ? Optional.of(outcome.get("cost_usd").asDouble()) : Optional.empty();
    return new RunEntry(dir, started(dir, trajectory), number, issue.path("title").asText("?"), status, cost,
        DiskUsage.size(dir), lastChange, unpublishedFix(status, outcome));
  }

  /** A change the user may still want: fixed or unverified, kept as a branch or patch, and no pull request. */
  private static boolean unpublishedFix(RunOutcome status, JsonNode result) {
    boolean kept = result.hasNonNull("branch") || result.hasNonNull("patch");
    return (status == RunOutcome.FIXED || status == RunOutcome.UNVERIFIED) && kept && !result.hasNonNull("pr_url");
  }

  private static Instant started(Path dir, Optional<Path> trajectory) {
    Matcher stamp = STAMP.matcher(dir.getFileName().toString());
    if (stamp.matches()) {
      try {
        return LocalDateTime.parse(stamp.group(1), STAMP_FORMAT).atZone(ZoneId.systemDefault()).toInstant();
      } catch (DateTimeParseException e) {
        // not a stamp after all: ask the trajectory
      }
    }
    return trajectory.flatMap(RunReader::firstTime).orElseGet(() -> modified(dir.resolve(RECORD)));
  }

  /** The {@code time} of a trajectory's first event, when it has one. */
  private static Optional<Instant> firstTime(Path trajectory) {
    try (BufferedReader reader = Files.newBufferedReader(trajectory, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first == null ? Optional.empty() : Optional.of(Instant.parse(JSON.readTree(first).path("time").asText()));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
