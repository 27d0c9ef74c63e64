import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrase queries over a positional inverted index, anchored on the phrase's rarest token. */
public class PhraseSearch {
    public static List<List<Integer>> phraseMatches(String[][] documents, String[][] phrases) {
        // token -> packed (document << 32 | position), ascending by document then position
        Map<String, LongList> postings = new HashMap<>();
        for (int doc = 0; doc < documents.length; doc++) {
            for (int pos = 0; pos < documents[doc].length; pos++) {
                postings.computeIfAbsent(documents[doc][pos], t -> new LongList()).add((long) doc << 32 | pos);
            }
        }
        List<List<Integer>> answers = new ArrayList<>();
        for (String[] phrase : phrases) {
            answers.add(match(documents, postings, phrase));
        }
        return answers;
    }

    private static List<Integer> match(String[][] documents, Map<String, LongList> postings, String[] phrase) {
        List<Integer> hits = new ArrayList<>();
        if (phrase.length == 0) {
            for (int doc = 0; doc < documents.length; doc++) {
                hits.add(doc); // nothing to miss: every document
            }
            return hits;
        }
        int offset = -1;
        for (int k = 0; k < phrase.length; k++) {
            LongList list = postings.get(phrase[k]);
            if (list == null) {
                return hits;
            }
            if (offset < 0 || list.size < postings.get(phrase[offset]).size) {
                offset = k; // anchor on the rarest token
            }
        }
        LongList anchor = postings.get(phrase[offset]);
        for (int i = 0; i < anchor.size; i++) {
            int doc = (int) (anchor.values[i] >>> 32);
            int start = (int) anchor.values[i] - offset;
            if (!hits.isEmpty() && hits.get(hits.size() - 1) == doc) {
                continue; // already matched earlier in this document
            }
            if (occursAt(documents[doc], start, phrase)) {
                hits.add(doc);
            }
        }
        return hits;
    }

    private static boolean occursAt(String[] tokens, int start, String[] phrase) {
        if (start < 0 || start + phrase.length > tokens.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens[start + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** A growable array of primitive longs. */
    private static final class LongList {
        long[] values = new long[4];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
