package dev.billing.usage;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Aggregates token usage per customer and UTC day. Shared by all ingestion workers. */
public final class UsageReportService {
  private static final SimpleDateFormat INPUT = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
  private static final SimpleDateFormat DAY = new SimpleDateFormat("yyyy-MM-dd");

  private final Map<String, Map<String, Long>> totals = new HashMap<>();

  /** Records one API call; returns false when the timestamp cannot be parsed. */
  public boolean record(String customerId, String timestamp, long tokens) {
    Date when;
    try {
      when = INPUT.parse(timestamp);
    } catch (ParseException e) {
      return false;
    }
    String day = DAY.format(when);
    Map<String, Long> perDay = totals.computeIfAbsent(customerId, id -> new HashMap<>());
    perDay.put(day, perDay.getOrDefault(day, 0L) + tokens);
    return true;
  }

  /** Totals for one day, by customer. */
  public Map<String, Long> dailyTotals(String day) {
    Map<String, Long> result = new HashMap<>();
    for (Map.Entry<String, Map<String, Long>> entry : totals.entrySet()) {
      Long tokens = entry.getValue().get(day);
      if (tokens != null) {
        result.put(entry.getKey(), tokens);
      }
    }
    return result;
  }
}
