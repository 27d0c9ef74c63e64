import java.util.ArrayList;
import java.util.List;

/**
 * Wrong: KMP whose scan stops one character early (i < n - 1), so a hit that ends at the last
 * character of the stream, or a signature as long as the stream, is never reported.
 */
public class LastOffsetMissed {
    public static List<Integer> findSignature(String stream, String signature) {
        int m = signature.length();
        if (m == 0) {
            throw new IllegalArgumentException("signature must not be empty");
        }
        int[] border = new int[m];
        for (int q = 1, k = 0; q < m; q++) {
            while (k > 0 && signature.charAt(q) != signature.charAt(k)) {
                k = border[k - 1];
            }
            if (signature.charAt(q) == signature.charAt(k)) {
                k++;
            }
            border[q] = k;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0, matched = 0; i < stream.length() - 1; i++) {
            while (matched > 0 && stream.charAt(i) != signature.charAt(matched)) {
                matched = border[matched - 1];
            }
            if (stream.charAt(i) == signature.charAt(matched)) {
                matched++;
            }
            if (matched == m) {
                hits.add(i - m + 1);
                matched = border[m - 1];
            }
        }
        return hits;
    }
}
