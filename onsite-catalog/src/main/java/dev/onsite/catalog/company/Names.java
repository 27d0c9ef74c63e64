package dev.onsite.catalog.company;

import java.util.Locale;

/** Normalize names for matching: "Open AI", "open-ai" and "OpenAI" are all {@code openai}. */
public final class Names {

  private Names() {}

  /** Lowercase {@code name} and drop everything but letters and digits. */
  public static String key(String name) {
    StringBuilder key = new StringBuilder(name.length());
    name.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  /**
   * Count the edits (insert, delete, replace, swap of neighbours) that turn {@code a} into {@code
   * b}.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** How many typos a name of this length may carry and still match. */
  static int tolerance(int length) {
    return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
  }
}
