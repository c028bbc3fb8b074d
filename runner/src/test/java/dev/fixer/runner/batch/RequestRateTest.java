package dev.fixer.runner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestRateTest {

  private final FakeTicker ticker = new FakeTicker();

  @Test
  void sixtyRequestsInAMinuteStartAtOnce() throws Exception {
    RequestRate rate = new RequestRate(60, ticker, ticker);

    for (int i = 0; i < 60; i++) {
      rate.acquire();
    }

    assertThat(ticker.sleeps()).isEmpty();
  }

  @Test
  void theSixtyFirstRequestInAMinuteWaitsUntilTheFirstIsAMinuteOld() throws Exception {
    RequestRate rate = new RequestRate(60, ticker, ticker);
    for (int i = 0; i < 60; i++) {
      rate.acquire();
      ticker.advance(Duration.ofMillis(500));
    }

    rate.acquire();

    assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void aRequestAMinuteAfterTheOldestNeedNotWait() throws Exception {
    RequestRate rate = new RequestRate(2, ticker, ticker);
    rate.acquire();
    ticker.advance(Duration.ofSeconds(59));
    rate.acquire();
    ticker.advance(Duration.ofSeconds(1));

    rate.acquire();
    rate.acquire();

    assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(59));
  }

  @Test
  void requestsFromManyThreadsAllCount() throws Exception {
    RequestRate rate = new RequestRate(80, ticker, ticker);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < 10; i++) {
            rate.acquire();
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    rate.acquire();

    assertThat(failures).isEmpty();
    assertThat(ticker.sleeps()).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void anInterruptedThreadDoesNotGetARequest() throws Exception {
    RequestRate rate = new RequestRate(1, ticker, ticker);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(rate::acquire).isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }

    rate.acquire();

    assertThat(ticker.sleeps()).isEmpty();
  }

  @Test
  void aThreadInterruptedWhileItWaitsGetsInterruptedException() throws Exception {
    RequestRate rate = new RequestRate(1);
    rate.acquire();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        rate.acquire();
      } catch (Throwable e) {
        thrown.set(e);
      }
    });

    waiter.start();
    waiter.interrupt();
    waiter.join();

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
  }

  @Test
  void aRateBelowOneIsRefused() {
    assertThatThrownBy(() -> new RequestRate(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 a minute, not 0");
  }
}
