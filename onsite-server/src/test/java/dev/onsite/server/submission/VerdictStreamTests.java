package dev.onsite.server.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictStreamTests {

  @Test
  void aClosedStreamTakesNoWatchersUntilItIsOpenedAgain() {
    VerdictStream stream = new VerdictStream();
    stream.closeAll();
    stream.subscribe(1);
    assertThat(stream.watching(1)).isFalse();

    stream.open();
    stream.subscribe(2, true);

    assertThat(stream.watching(2)).isTrue();
  }
}
