package dev.onsite.judge.takehome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a generator wrote for one seed: the dataset the candidate sees and the answer key they never
 * see.
 *
 * @param seed the seed it was generated from
 * @param files the dataset's files by relative path ({@code sensors.csv}, {@code meta/units.json})
 * @param key the injected faults: fault kind to the ids of the rows (or records) it touched
 */
public record Dataset(long seed, Map<String, byte[]> files, Map<String, Set<String>> key) {

  public Dataset {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    key.forEach(
        (kind, ids) -> {
          Set<String> sorted = new TreeSet<>(ID_ORDER);
          sorted.addAll(ids);
          copy.put(kind, Collections.unmodifiableSet(sorted));
        });
    key = Collections.unmodifiableMap(copy);
  }

  /** Whole-number ids by value ({@code 9} before {@code 10}), then other ids as text. */
  public static final Comparator<String> ID_ORDER =
      (a, b) -> {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
          int byLength = Integer.compare(a.length(), b.length());
          return byLength != 0 ? byLength : a.compareTo(b);
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
      };

  private static boolean isNumber(String s) {
    return !s.isEmpty()
        && s.length() < 19
        && s.chars().allMatch(Character::isDigit)
        && (s.length() == 1 || s.charAt(0) != '0');
  }

  /** The dataset's size in bytes. */
  public long bytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  /** A digest of the files and the key: equal for equal datasets, whatever the seed. */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (var e : files.entrySet()) {
        digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(e.getValue());
        digest.update((byte) 0);
      }
      new TreeMap<>(key)
          .forEach(
              (kind, ids) -> {
                digest.update(kind.getBytes(StandardCharsets.UTF_8));
                ids.forEach(id -> digest.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
              });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
