package dev.onsite.harness.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Not part of the harness's work: a stand-in for a candidate's solution, which the harness runs
 * while it waits for its job (see {@code WarmUp}). It uses what solutions commonly use
 * (collections, lambdas and method references, streams, records, enums, string concatenation and
 * formatting, arrays of numbers, exceptions, standard input and output), so that the code behind
 * them is loaded and compiled before the real submission runs.
 */
public class Sample {
  private final Map<String, Long> balances = new HashMap<>();
  private final List<Entry> history = new ArrayList<>();

  record Entry(String account, long amount, Kind kind) {}

  enum Kind {
    DEPOSIT,
    WITHDRAW
  }

  public Sample() {}

  public Sample(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
  }

  public long deposit(String account, long amount) {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
    history.add(new Entry(account, amount, Kind.DEPOSIT));
    return balances.merge(account, amount, Long::sum);
  }

  public long withdraw(String account, long amount) {
    long balance = balances.getOrDefault(account, 0L);
    if (amount > balance) {
      throw new IllegalStateException(account + " has only " + balance);
    }
    history.add(new Entry(account, amount, Kind.WITHDRAW));
    return balances.compute(account, (k, v) -> v - amount);
  }

  public long balance(String account) {
    return balances.getOrDefault(account, 0L);
  }

  public List<String> accounts() {
    List<String> accounts = new ArrayList<>(balances.keySet());
    accounts.sort(Comparator.naturalOrder());
    return accounts;
  }

  public Optional<Entry> largest() {
    Entry largest = null;
    for (Entry entry : history) {
      if (largest == null || entry.amount() > largest.amount()) {
        largest = entry;
      }
    }
    return Optional.ofNullable(largest);
  }

  public Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String word : words) {
      counts.merge(word.toLowerCase(), 1, Integer::sum);
    }
    return counts;
  }

  public String describe() {
    long total = 0;
    for (long balance : balances.values()) {
      total += balance;
    }
    return balances.size() + " accounts, " + total + " total, last " + history.size();
  }

  public Kind kind(String name) {
    return Kind.valueOf(name.toUpperCase());
  }

  public static double[] softmax(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    double[] out = new double[x.length];
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.exp(x[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < x.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  public static int[][] matmul(int[][] a, int[][] b) {
    int[][] c = new int[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b[0].length; j++) {
        for (int k = 0; k < b.length; k++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    int n = Integer.parseInt(in.readLine().trim());
    long sum = 0;
    StringBuilder out = new StringBuilder();
    for (String token : in.readLine().trim().split("\\s+")) {
      sum += Long.parseLong(token);
    }
    out.append(n).append(' ').append(sum).append('\n');
    System.out.print(out);
    System.out.println("mean " + (double) sum / n);
    System.out.println(Math.sqrt(sum));
  }
}
