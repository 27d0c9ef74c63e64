import java.util.ArrayList;
import java.util.List;

/** Brute force: compare the signature at every offset from its first character: O(n * m). */
public class EveryOffset {
    public static List<Integer> findSignature(String stream, String signature) {
        if (signature.isEmpty()) {
            throw new IllegalArgumentException("signature must not be empty");
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i + signature.length() <= stream.length(); i++) {
            int j = 0;
            while (j < signature.length() && stream.charAt(i + j) == signature.charAt(j)) {
                j++;
            }
            if (j == signature.length()) {
                hits.add(i);
            }
        }
        return hits;
    }
}
