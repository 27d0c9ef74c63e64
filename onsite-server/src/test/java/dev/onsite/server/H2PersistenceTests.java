package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;

/** The default: an embedded H2 file database in the data directory, with no set-up. */
@SpringBootTest(
    properties = {
      "onsite.data-dir=${java.io.tmpdir}/onsite-tests/h2-${random.uuid}",
      "onsite.problems-dir=src/test/resources/problems",
      "onsite.content-dir=src/test/resources/content",
      "onsite.reviews-dir=src/test/resources/reviews",
      "onsite.judge.workers=2",
      "onsite.judge.shutdown-grace=2s",
      "spring.lifecycle.timeout-per-shutdown-phase=5s"
    })
@DirtiesContext
class H2PersistenceTests extends PersistenceContract {

  @Autowired Environment environment;

  @Test
  void theDatabaseIsAFileInTheDataDirectory() {
    Path dataDir = Path.of(environment.getProperty("onsite.data-dir"));

    assertThat(dataDir).isAbsolute();
    assertThat(environment.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:h2:file:" + dataDir + "/db/onsite;WRITE_DELAY=0");
    assertThat(Files.exists(dataDir.resolve("db/onsite.mv.db"))).isTrue();
  }
}
