import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Characters of a repeat-encoded text without decoding it: a parse tree with lengths, then one
 * descent per offset using prefix sums and binary search, O(depth * log(items)) per offset.
 */
public class CompressedLog {
    /** A sequence of items (a String run of letters or a Repeat); ends[i] = length of items[0..i]. */
    private static final class Seq {
        final List<Object> items = new ArrayList<>();
        long[] ends = new long[4];

        long length() {
            return items.isEmpty() ? 0 : ends[items.size() - 1];
        }

        void add(Object item, long length) {
            if (length == 0) {
                return;
            }
            if (items.size() == ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[items.size()] = length() + length;
            items.add(item);
        }
    }

    private record Repeat(long times, Seq body) {}

    public static String charsAt(String encoded, long[] offsets) {
        Seq root = parse(encoded);
        StringBuilder out = new StringBuilder(offsets.length);
        for (long offset : offsets) {
            out.append(charAt(root, offset));
        }
        return out.toString();
    }

    private static Seq parse(String encoded) {
        ArrayDeque<Seq> seqs = new ArrayDeque<>();
        ArrayDeque<Long> times = new ArrayDeque<>();
        seqs.push(new Seq());
        int i = 0;
        while (i < encoded.length()) {
            char ch = encoded.charAt(i);
            if (Character.isDigit(ch)) {
                int j = i;
                while (Character.isDigit(encoded.charAt(j))) {
                    j++;
                }
                times.push(Long.parseLong(encoded.substring(i, j)));
                seqs.push(new Seq());
                i = j + 1; // skip '['
            } else if (ch == ']') {
                Seq body = seqs.pop();
                long k = times.pop();
                seqs.peek().add(new Repeat(k, body), k * body.length());
                i++;
            } else {
                int j = i;
                while (j < encoded.length() && Character.isLetter(encoded.charAt(j))) {
                    j++;
                }
                seqs.peek().add(encoded.substring(i, j), j - i);
                i = j;
            }
        }
        return seqs.pop();
    }

    private static char charAt(Seq seq, long offset) {
        while (true) {
            // first item whose end is > offset
            int lo = 0;
            int hi = seq.items.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (seq.ends[mid] > offset) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            long start = lo == 0 ? 0 : seq.ends[lo - 1];
            Object item = seq.items.get(lo);
            offset -= start;
            if (item instanceof String run) {
                return run.charAt((int) offset);
            }
            Repeat repeat = (Repeat) item;
            offset %= repeat.body().length();
            seq = repeat.body();
        }
    }
}
