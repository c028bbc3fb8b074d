package dev.fixer.tools.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small real Maven projects written into a directory: JUnit 5, pinned plugins, Java 17. */
public final class MavenProjects {

  private static final String PLUGINS = """
        <build>
          <plugins>
            <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
            <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
            <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
          </plugins>
        </build>
      """;

  private static final String PROPERTIES = """
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
      """;

  private static final String JUNIT = """
        <dependencies>
          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>5.11.4</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
      """;

  private MavenProjects() {}

  /** One module: {@code demo.Calc} and {@code demo.CalcTest} with one passing and one failing test. */
  public static void singleModule(Path dir) throws IOException {
    write(dir.resolve("pom.xml"), pom("demo", "jar", PROPERTIES + JUNIT + PLUGINS));
    write(dir.resolve("src/main/java/demo/Calc.java"),
        "package demo;\npublic class Calc { public static int add(int a, int b) { return a + b; } }\n");
    write(dir.resolve("src/test/java/demo/CalcTest.java"), """
        package demo;
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import org.junit.jupiter.api.Test;
        class CalcTest {
          @Test void addsTwoNumbers() { assertEquals(3, Calc.add(1, 2)); }
          @Test void addsWrongly() { assertEquals(5, Calc.add(2, 2), "two and two"); }
        }
        """);
  }

  /** Modules {@code core} and {@code app} (which depends on core), each with one passing test. */
  public static void multiModule(Path dir) throws IOException {
    write(dir.resolve("pom.xml"), pom("parent", "pom",
        PROPERTIES + "  <modules>\n    <module>core</module>\n    <module>app</module>\n  </modules>\n"
            + JUNIT + PLUGINS));
    write(dir.resolve("core/pom.xml"), child("core", ""));
    write(dir.resolve("core/src/main/java/demo/core/Greeting.java"),
        "package demo.core;\npublic class Greeting { public static String of(String n) { return \"hi \" + n; } }\n");
    write(dir.resolve("core/src/test/java/demo/core/GreetingTest.java"), test("demo.core", "GreetingTest",
        "org.junit.jupiter.api.Assertions.assertEquals(\"hi x\", Greeting.of(\"x\"));"));
    write(dir.resolve("app/pom.xml"), child("app",
        "  <dependencies><dependency><groupId>demo</groupId><artifactId>core</artifactId>"
            + "<version>1.0</version></dependency></dependencies>\n"));
    write(dir.resolve("app/src/main/java/demo/app/App.java"),
        "package demo.app;\npublic class App { public static String run() { return demo.core.Greeting.of(\"app\"); } }\n");
    write(dir.resolve("app/src/test/java/demo/app/AppTest.java"), test("demo.app", "AppTest",
        "org.junit.jupiter.api.Assertions.assertEquals(\"hi app\", App.run());"));
  }

  /** {@link #multiModule}, and a module {@code extra} that neither depends on them nor they on it. */
  public static void threeModules(Path dir) throws IOException {
    multiModule(dir);
    Path pom = dir.resolve("pom.xml");
    Files.writeString(pom, Files.readString(pom).replace("<module>app</module>",
        "<module>app</module>\n    <module>extra</module>"));
    write(dir.resolve("extra/pom.xml"), child("extra", ""));
    write(dir.resolve("extra/src/test/java/demo/extra/ExtraTest.java"), test("demo.extra", "ExtraTest",
        "org.junit.jupiter.api.Assertions.assertEquals(2, 1 + 1);"));
  }

  /** The single-module project with a main class that does not compile. */
  public static void compileError(Path dir) throws IOException {
    singleModule(dir);
    write(dir.resolve("src/main/java/demo/Calc.java"),
        "package demo;\npublic class Calc { public static int add(int a, int b) { return a + c; } }\n");
  }

  private static String pom(String artifact, String packaging, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>demo</groupId>\n  <artifactId>" + artifact
        + "</artifactId>\n  <version>1.0</version>\n  <packaging>" + packaging + "</packaging>\n"
        + body + "</project>\n";
  }

  private static String child(String artifact, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n  <parent><groupId>demo</groupId><artifactId>parent</artifactId>"
        + "<version>1.0</version></parent>\n  <artifactId>" + artifact + "</artifactId>\n" + body + "</project>\n";
  }

  private static String test(String pkg, String name, String assertion) {
    return "package " + pkg + ";\nclass " + name + " {\n  @org.junit.jupiter.api.Test void works() { "
        + assertion + " }\n}\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
