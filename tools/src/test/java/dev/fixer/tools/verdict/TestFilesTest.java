package dev.fixer.tools.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestFilesTest {

  @ParameterizedTest(name = "{0} is a test: {1}")
  @CsvSource({
      "src/test/java/demo/CalcTest.java, true",
      "core/src/test/resources/fixture.json, true",
      "src/test/java/demo/support/Fixtures.java, true",
      "tests/test_calc.py, true",
      "pkg/tests/helpers.py, true",
      "test/unit/sum.js, true",
      "web/__tests__/sum.js, true",
      "testing/harness.go, true",
      "spec/models/user_spec.rb, true",
      "src/main/java/demo/CalcTest.java, true",
      "src/main/kotlin/demo/ParserTests.kt, true",
      "app/src/main/java/demo/FlowIT.java, true",
      "lib/src/CalcTest.kt, true",
      "calc/test_calc.py, true",
      "calc/calc_test.py, true",
      "conftest.py, true",
      "calc/calc_test.go, true",
      "src/sum.test.js, true",
      "src/sum.test.tsx, true",
      "src/sum.spec.ts, true",
      "src/sum.test.mjs, true",
      "src\\test\\java\\demo\\CalcTest.java, true",
      "src/main/java/x/Testing.java, false",
      "src/main/java/demo/Calc.java, false",
      "docs/testing.md, false",
      "README.md, false",
      "test.py, false",
      "src/contest/calc.py, false",
      "src/latest/calc.go, false",
      "calc/testutil.go, false",
      "src/sum.js, false",
      "src/test.js, false",
      "src/main/java/demo/Test.java, false",
      "tests, false",
  })
  void tellsTestSourcesFromTheRest(String path, boolean test) {
    assertThat(TestFiles.isTest(path)).isEqualTo(test);
  }
}
