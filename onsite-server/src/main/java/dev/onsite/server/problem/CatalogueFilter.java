package dev.onsite.server.problem;

/**
 * What the catalogue shows: every criterion that is null or blank matches everything.
 *
 * @param round a round id
 * @param company a company id from the packages' {@code companies}
 * @param tag a tag
 * @param difficulty easy, medium or hard
 * @param status solved, attempted or new
 * @param pattern an algorithmic pattern id ({@code sliding-window}, ...)
 */
public record CatalogueFilter(
    String round, String company, String tag, String difficulty, String status, String pattern) {

  public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null, null, null);

  public boolean matches(ProblemSummary p) {
    return is(round, p.round())
        && (blank(company) || p.companies().contains(company))
        && (blank(tag) || p.tags().contains(tag))
        && is(difficulty, p.difficulty())
        && is(status, p.status())
        && (blank(pattern) || p.patterns().contains(pattern));
  }

  private static boolean is(String wanted, String actual) {
    return blank(wanted) || wanted.equalsIgnoreCase(actual);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
