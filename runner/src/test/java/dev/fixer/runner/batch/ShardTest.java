package dev.fixer.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fixer.runner.ExitCodes;
import dev.fixer.runner.FixerException;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {

  @Test
  void parsesTheShardAndTheCount() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThat(Shard.parse(" 1/1 ")).isEqualTo(Shard.ALL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "a/b", "1/", "/4", "-1/4", "1/4/2", "1.5/4", "99999999999/2"})
  void aValueNotOfTheFormIOverNIsAUsageErrorThatShowsTheForm(String value) {
    assertThatThrownBy(() -> Shard.parse(value)).isInstanceOfSatisfying(FixerException.class,
        e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
        .hasMessageStartingWith("--shard " + value.strip() + ": expected I/N")
        .hasMessageEndingWith("as in --shard 1/4");
  }

  @Test
  void aShardPastTheCountIsAUsageErrorNamingTheValue() {
    assertThatThrownBy(() -> Shard.parse("3/2")).isInstanceOf(FixerException.class)
        .hasMessage("--shard 3/2: I must be between 1 and N, as in --shard 1/4");
    assertThatThrownBy(() -> Shard.parse("0/4")).isInstanceOf(FixerException.class)
        .hasMessage("--shard 0/4: I must be between 1 and N, as in --shard 1/4");
  }

  @Test
  void zeroShardsIsAUsageError() {
    assertThatThrownBy(() -> Shard.parse("1/0")).isInstanceOf(FixerException.class)
        .hasMessage("--shard 1/0: N must be at least 1, as in --shard 1/4");
  }

  @Test
  void everyNumberIsInExactlyOneOfTheShards() {
    for (int count = 1; count <= 7; count++) {
      List<Shard> shards = shards(count);
      for (int number = 1; number <= 500; number++) {
        int issue = number;
        assertThat(shards.stream().filter(shard -> shard.includes(issue)))
            .as("issue %d among %d shards", issue, count).hasSize(1);
      }
    }
  }

  @Test
  void consecutiveNumbersAreSharedOutEvenlyToWithinOne() {
    for (int count = 1; count <= 10; count++) {
      for (int first : new int[] {1, 37}) {
        IntSummaryStatistics shares = shards(count).stream()
            .mapToInt(shard -> (int) IntStream.range(first, first + 100).filter(shard::includes).count())
            .summaryStatistics();
        assertThat(shares.getMax() - shares.getMin()).as("%d shards from %d", count, first).isLessThanOrEqualTo(1);
        assertThat(shares.getSum()).isEqualTo(100);
      }
    }
  }

  @Test
  void theShareOfAnIssueDependsOnItsNumberAlone() {
    Shard second = Shard.parse("2/4");

    assertThat(IntStream.rangeClosed(1, 12).filter(second::includes)).containsExactly(2, 6, 10);
    assertThat(Shard.parse("2/4").includes(6)).isEqualTo(new Shard(2, 4).includes(6));
  }

  @Test
  void theWholeShareTakesEveryIssue() {
    assertThat(IntStream.rangeClosed(1, 50).allMatch(Shard.ALL::includes)).isTrue();
  }

  @Test
  void everyKeyIsInExactlyOneOfTheShards() {
    for (int count = 1; count <= 7; count++) {
      List<Shard> shards = shards(count);
      for (int n = 0; n < 300; n++) {
        String key = "owner__repo-" + n;
        assertThat(shards.stream().filter(shard -> shard.includesKey(key)))
            .as("key %s among %d shards", key, count).hasSize(1);
      }
    }
  }

  @Test
  void theShareOfAKeyIsTheSha256OfItModuloTheCount() {
    // the values of int.from_bytes(sha256(key).digest()[:8], "big") % count + 1, computed apart in Python
    assertThat(new Shard(3, 4).includesKey("astropy__astropy-12907")).isTrue();
    assertThat(new Shard(5, 7).includesKey("astropy__astropy-12907")).isTrue();
    assertThat(new Shard(3, 4).includesKey("django__django-11099")).isTrue();
    assertThat(new Shard(2, 4).includesKey("apache__dubbo-10638")).isTrue();
    assertThat(new Shard(1, 7).includesKey("apache__dubbo-10638")).isTrue();
    assertThat(new Shard(1, 4).includesKey("astropy__astropy-12907")).isFalse();
  }

  @Test
  void keysAreSharedOutRoughlyEvenly() {
    List<Shard> shards = shards(4);
    IntSummaryStatistics shares = shards.stream()
        .mapToInt(shard -> (int) IntStream.range(0, 2000).filter(n -> shard.includesKey("id-" + n)).count())
        .summaryStatistics();

    assertThat(shares.getMin()).isGreaterThan(400);
    assertThat(shares.getMax()).isLessThan(600);
  }

  private static List<Shard> shards(int count) {
    List<Shard> shards = new ArrayList<>();
    for (int index = 1; index <= count; index++) {
      shards.add(new Shard(index, count));
    }
    return shards;
  }
}
