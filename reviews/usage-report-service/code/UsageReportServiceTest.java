package dev.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageReportServiceTest {

  @Test
  void sumsTokensPerCustomerAndDay() {
    UsageReportService service = new UsageReportService();

    service.record("acme", "2026-03-01T10:00:00Z", 100);
    service.record("acme", "2026-03-01T11:30:00Z", 50);
    service.record("globex", "2026-03-01T12:00:00Z", 7);

    assertThat(service.dailyTotals("2026-03-01")).isEqualTo(Map.of("acme", 150L, "globex", 7L));
  }

  @Test
  void keepsDaysApart() {
    UsageReportService service = new UsageReportService();

    service.record("acme", "2026-03-01T10:00:00Z", 100);
    service.record("acme", "2026-03-02T10:00:00Z", 40);

    assertThat(service.dailyTotals("2026-03-02")).containsEntry("acme", 40L);
  }
}
