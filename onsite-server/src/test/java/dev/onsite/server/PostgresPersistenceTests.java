package dev.onsite.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same, on a real PostgreSQL chosen with the one documented property. */
@SpringBootTest(
    properties = {
      "onsite.data-dir=${java.io.tmpdir}/onsite-tests/pg-${random.uuid}",
      "onsite.problems-dir=src/test/resources/problems",
      "onsite.content-dir=src/test/resources/content",
      "onsite.reviews-dir=src/test/resources/reviews",
      "onsite.judge.workers=2",
      "onsite.judge.shutdown-grace=2s",
      "spring.lifecycle.timeout-per-shutdown-phase=5s"
    })
@DirtiesContext
class PostgresPersistenceTests extends PersistenceContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry properties) {
    String url = RealPostgres.newDatabase();
    properties.add("spring.datasource.url", () -> url);
  }

  @Test
  void theServerRunsOnPostgres() {
    String product = jdbc.sql("select version()").query(String.class).single();

    assertThat(product).startsWith("PostgreSQL");
  }
}
