package dev.fixer.runner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import dev.fixer.runner.batch.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

  static final String SWE_BENCH = "{\"instance_id\":\"astropy__astropy-12907\",\"repo\":\"astropy/astropy\","
      + "\"base_commit\":\"d16bfe05a744909de4b27f5875fe0d4ed41ce607\","
      + "\"problem_statement\":\"Separability is wrong\","
      + "\"hints_text\":\"see #1\",\"test_patch\":\"diff --git a/t.py b/t.py\\n\","
      + "\"patch\":\"diff --git a/m.py b/m.py\\n\","
      + "\"FAIL_TO_PASS\":\"[\\\"t.py::test_a\\\", \\\"t.py::test_b\\\"]\",\"PASS_TO_PASS\":\"[]\","
      + "\"environment_setup_commit\":\"298ccb478e6bf092953bca67a3d29dc6c35f6752\",\"version\":\"4.3\"}";
  static final String MULTI_SWE_BENCH = "{\"org\":\"apache\",\"repo\":\"dubbo\",\"number\":10638,"
      + "\"base\":{\"label\":\"apache:3.2\",\"ref\":\"3.2\",\"sha\":\"a1b2c3\"},"
      + "\"resolved_issues\":[{\"number\":10637,\"title\":\"NPE in router\",\"body\":\"It crashes.\"}],"
      + "\"fix_patch\":\"diff --git a/R.java b/R.java\\n\",\"test_patch\":\"diff --git a/T.java b/T.java\\n\","
      + "\"f2p_tests\":{\"org.apache.RouterTest\":{\"run\":\"FAIL\",\"test\":\"FAIL\",\"fix\":\"PASS\"}},"
      + "\"n2p_tests\":{\"org.apache.NewTest\":{}},"
      + "\"p2p_tests\":{\"org.apache.OldTest\":{},\"org.apache.OtherTest\":{}}}";

  @TempDir Path dir;

  @Test
  void readsASweBenchLineWithItsTestListsEncodedAsStrings() throws IOException {
    Dataset dataset = Dataset.load(write(SWE_BENCH + "\n"), false);

    assertThat(dataset.instances()).singleElement().satisfies(instance -> {
      assertThat(instance.instanceId()).isEqualTo("astropy__astropy-12907");
      assertThat(instance.repo()).isEqualTo("astropy/astropy");
      assertThat(instance.baseCommit()).isEqualTo("d16bfe05a744909de4b27f5875fe0d4ed41ce607");
      assertThat(instance.problemStatement()).isEqualTo("Separability is wrong");
      assertThat(instance.hintsText()).isEqualTo("see #1");
      assertThat(instance.failToPass()).containsExactly("t.py::test_a", "t.py::test_b");
      assertThat(instance.passToPass()).isEmpty();
      assertThat(instance.patch()).isEqualTo("diff --git a/m.py b/m.py\n");
      assertThat(instance.testPatch()).isEqualTo("diff --git a/t.py b/t.py\n");
      assertThat(instance.environmentSetupCommit()).isEqualTo("298ccb478e6bf092953bca67a3d29dc6c35f6752");
      assertThat(instance.version()).isEqualTo("4.3");
      assertThat(instance.line()).isEqualTo(1);
    });
    assertThat(dataset.invalid()).isEmpty();
  }

  @Test
  void readsTestListsGivenAsArraysAndFixersOwnExtras() throws IOException {
    String line = "{\"instance_id\":\"acme__calc-1\",\"repo\":\"acme/calc\",\"base_commit\":\"abc\","
        + "\"FAIL_TO_PASS\":[\"CalcTest#adds\"],\"PASS_TO_PASS\":[\"CalcTest#subtracts\"],\"language\":\"java\","
        + "\"test_command\":\"mvn -q test\",\"setup\":\"./setup.sh\"}";

    Instance instance = Dataset.load(write(line), false).instances().get(0);

    assertThat(instance.failToPass()).containsExactly("CalcTest#adds");
    assertThat(instance.passToPass()).containsExactly("CalcTest#subtracts");
    assertThat(instance.language()).isEqualTo("java");
    assertThat(instance.testCommandGiven()).contains("mvn -q test");
    assertThat(instance.setupGiven()).contains("./setup.sh");
  }

  @Test
  void readsAMultiSweBenchLineInSweBenchsTerms() throws IOException {
    Instance instance = Dataset.load(write(MULTI_SWE_BENCH), false).instances().get(0);

    assertThat(instance.instanceId()).isEqualTo("apache__dubbo-10638");
    assertThat(instance.repo()).isEqualTo("apache/dubbo");
    assertThat(instance.baseCommit()).isEqualTo("a1b2c3");
    assertThat(instance.problemStatement()).isEqualTo("NPE in router\n\nIt crashes.");
    assertThat(instance.patch()).isEqualTo("diff --git a/R.java b/R.java\n");
    assertThat(instance.testPatch()).isEqualTo("diff --git a/T.java b/T.java\n");
    assertThat(instance.failToPass()).containsExactly("org.apache.RouterTest", "org.apache.NewTest");
    assertThat(instance.passToPass()).containsExactly("org.apache.OldTest", "org.apache.OtherTest");
  }

  @Test
  void skipsBlankLinesAndNumbersLinesAsTheFileDoes() throws IOException {
    Dataset dataset = Dataset.load(write("\n" + SWE_BENCH + "\r\n   \n" + MULTI_SWE_BENCH + "\n\n"), false);

    assertThat(dataset.instances()).extracting(Instance::instanceId, Instance::line)
        .containsExactly(tuple("astropy__astropy-12907", 2),
            tuple("apache__dubbo-10638", 4));
  }

  @Test
  void theDigestIsTheSha256OfTheFileBytes() throws IOException {
    Path file = write(SWE_BENCH);

    Dataset dataset = Dataset.load(file, false);

    assertThat(dataset.sha256()).hasSize(64).isEqualTo(Dataset.sha256(SWE_BENCH.getBytes(StandardCharsets.UTF_8)));
    assertThat(Dataset.load(write(SWE_BENCH + "\n"), false).sha256()).isNotEqualTo(dataset.sha256());
    assertThat(dataset.path()).isEqualTo(file.toAbsolutePath());
  }

  @Test
  void aLineThatIsNotJsonIsAUsageErrorNamingTheFileAndLine() throws IOException {
    Path file = write(SWE_BENCH + "\n{\"instance_id\": oops}\n");

    assertThatThrownBy(() -> Dataset.load(file, false)).isInstanceOfSatisfying(FixerException.class,
        e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageStartingWith("dataset " + file + " line 2: it is not valid JSON (")
        .hasMessageEndingWith("; fix the line, or pass --skip-invalid to skip such lines");
  }

  @Test
  void aLineWithoutABaseCommitIsAUsageError() throws IOException {
    Path file = write("{\"instance_id\":\"a__b-1\",\"repo\":\"a/b\"}");

    assertThatThrownBy(() -> Dataset.load(file, false)).isInstanceOf(FixerException.class)
        .hasMessage("dataset " + file + " line 1: it has no \"base_commit\"; fix the line, or pass --skip-invalid"
            + " to skip such lines");
  }

  @Test
  void aDuplicateIdIsAUsageErrorNamingBothLines() throws IOException {
    Path file = write(SWE_BENCH + "\n" + SWE_BENCH);

    assertThatThrownBy(() -> Dataset.load(file, false)).isInstanceOf(FixerException.class)
        .hasMessageStartingWith("dataset " + file + " line 2: instance_id astropy__astropy-12907 is also on line 1;");
  }

  @Test
  void skipInvalidListsEachBadLineAndKeepsTheRest() throws IOException {
    Path file = write(String.join("\n", "[1, 2]", SWE_BENCH, "{\"instance_id\":\"x\",\"repo\":\"nobody\","
        + "\"base_commit\":\"abc\"}", "not json", SWE_BENCH, MULTI_SWE_BENCH,
        "{\"repo\":\"a/b\",\"base_commit\":\"c\"}"));

    Dataset dataset = Dataset.load(file, true);

    assertThat(dataset.instances()).extracting(Instance::instanceId)
        .containsExactly("astropy__astropy-12907", "apache__dubbo-10638");
    assertThat(dataset.invalid()).extracting(InvalidLine::line).containsExactly(1, 3, 4, 5, 7);
    assertThat(dataset.invalid().get(0).reason()).isEqualTo("it is not a JSON object");
    assertThat(dataset.invalid().get(1).reason()).isEqualTo("\"repo\" is nobody, not OWNER/NAME");
    assertThat(dataset.invalid().get(2).reason()).startsWith("it is not valid JSON (");
    assertThat(dataset.invalid().get(3).reason()).isEqualTo("instance_id astropy__astropy-12907 is also on line 2");
    assertThat(dataset.invalid().get(4).reason()).isEqualTo("it has no \"instance_id\"");
  }

  @Test
  void aTestListThatIsNeitherArrayNorEncodedArrayIsInvalid() throws IOException {
    Path file = write("{\"instance_id\":\"a__b-1\",\"repo\":\"a/b\",\"base_commit\":\"c\","
        + "\"FAIL_TO_PASS\":\"t1, t2\"}");

    assertThat(Dataset.load(write(SWE_BENCH + "\n" + Files.readString(file)), true).invalid())
        .containsExactly(new InvalidLine(2, "\"FAIL_TO_PASS\" is a string that holds no JSON array of test ids"));
  }

  @Test
  void aDatasetWithNoValidInstanceIsAUsageError() throws IOException {
    Path file = write("not json\n\n");

    assertThatThrownBy(() -> Dataset.load(file, true)).isInstanceOf(FixerException.class)
        .hasMessage("dataset " + file + " holds no valid instance (1 invalid lines skipped); give a JSONL file"
            + " with one SWE-bench instance a line");
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.jsonl");

    assertThatThrownBy(() -> Dataset.load(missing, false)).isInstanceOfSatisfying(FixerException.class,
        e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessage("cannot read dataset " + missing + " (it does not exist); give a readable JSONL file of instances");
  }

  @Test
  void theShardsOfADatasetPartitionItsInstancesInDatasetOrder() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int n = 1; n <= 20; n++) {
      lines.append("{\"instance_id\":\"a__b-").append(n).append("\",\"repo\":\"a/b\",\"base_commit\":\"c\"}\n");
    }
    Dataset dataset = Dataset.load(write(lines.toString()), false);

    List<Instance> first = dataset.instances(new Shard(1, 2));
    List<Instance> second = dataset.instances(new Shard(2, 2));

    assertThat(first.size() + second.size()).isEqualTo(20);
    assertThat(first).doesNotContainAnyElementsOf(second);
    assertThat(first).isSortedAccordingTo(Comparator.comparingInt(Instance::line));
    assertThat(dataset.instances(Shard.ALL)).isEqualTo(dataset.instances());
  }

  private Path write(String text) throws IOException {
    Path file = Files.createTempFile(dir, "dataset", ".jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
