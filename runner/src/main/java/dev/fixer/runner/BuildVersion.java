package dev.fixer.runner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code fixer --version}: the version Maven built, from {@code fixer-version.properties}. */
final class BuildVersion implements IVersionProvider {

  static final String RESOURCE = "/fixer-version.properties";

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"fixer " + version()};
  }

  /** The project's version, such as {@code 0.1.0-SNAPSHOT}. */
  static String version() throws IOException {
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.startsWith("${")) {
        throw new IOException(RESOURCE + " holds no version; build fixer with Maven");
      }
      return version;
    }
  }
}
