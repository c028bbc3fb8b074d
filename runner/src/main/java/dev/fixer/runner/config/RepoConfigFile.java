package dev.fixer.runner.config;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.TextFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Finds, reads and parses a repository's config file; every failure is a one-line usage error. */
final class RepoConfigFile {

  static final String YML = ".fixer.yml";
  static final String YAML = ".fixer.yaml";

  private RepoConfigFile() {}

  static RepoConfig load(Path repoRoot) {
    Path root = repoRoot.toAbsolutePath().normalize();
    Path yml = root.resolve(YML);
    Path yaml = root.resolve(YAML);
    boolean hasYml = Files.exists(yml, LinkOption.NOFOLLOW_LINKS);
    boolean hasYaml = Files.exists(yaml, LinkOption.NOFOLLOW_LINKS);
    if (hasYml && hasYaml) {
      throw FixerException.usage(
          "both " + YML + " and " + YAML + " are in " + root + ": keep one of them");
    }
    if (!hasYml && !hasYaml) {
      return RepoConfig.NONE;
    }
    Path file = hasYml ? yml : yaml;
    return parse(file, read(file));
  }

  /** Parses the text of {@code file}: empty or null YAML is {@link RepoConfig#NONE}. */
  static RepoConfig parse(Path file, String text) {
    YAMLMapper mapper = mapper();
    try (KeyLines parser = new KeyLines(mapper.createParser(text))) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        return RepoConfig.NONE;
      }
      if (first != JsonToken.START_OBJECT) {
        throw ConfigErrors.notAMapping(file, first);
      }
      ConfigFields fields = readFields(mapper, parser, file);
      if (parser.nextToken() != null) {
        throw ConfigErrors.secondDocument(file, parser.currentTokenLocation().getLineNr());
      }
      return fields.toConfig(parser::lineOf);
    } catch (BadValue e) {
      throw ConfigErrors.badValue(file, e);
    } catch (IOException e) {
      throw ConfigErrors.unparsable(file, e);
    }
  }

  private static ConfigFields readFields(YAMLMapper mapper, KeyLines parser, Path file)
      throws IOException {
    try {
      return mapper.readValue(parser, ConfigFields.class);
    } catch (UnrecognizedPropertyException e) {
      String key = e.getPropertyName();
      throw ConfigErrors.unknownKey(file, key, parser.lineOf(key), e);
    }
  }

  private static YAMLMapper mapper() {
    return YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw FixerException.usage(file + " is a directory: the fixer config must be a YAML file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw FixerException.usage("cannot read " + file + ": " + TextFiles.reason(e), e);
    }
    try {
      return TextFiles.decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw FixerException.usage(file + " is not UTF-8 text: save it as UTF-8", e);
    }
  }
}
