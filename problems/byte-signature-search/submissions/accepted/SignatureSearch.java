import java.util.Arrays;

/** Knuth-Morris-Pratt: the prefix function of the signature, then one pass over the stream: O(n + m). */
public class SignatureSearch {
    public static int[] findSignature(String stream, String signature) {
        int m = signature.length();
        if (m == 0) {
            throw new IllegalArgumentException("signature must not be empty");
        }
        // border[q]: length of the longest proper prefix of signature[0..q] that is also its suffix
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
        int[] hits = new int[Math.max(0, stream.length() - m + 1)];
        int count = 0;
        for (int i = 0, matched = 0; i < stream.length(); i++) {
            while (matched > 0 && stream.charAt(i) != signature.charAt(matched)) {
                matched = border[matched - 1];
            }
            if (stream.charAt(i) == signature.charAt(matched)) {
                matched++;
            }
            if (matched == m) {
                hits[count++] = i - m + 1;
                matched = border[m - 1]; // keep the border: the next hit may overlap this one
            }
        }
        return Arrays.copyOf(hits, count);
    }
}
