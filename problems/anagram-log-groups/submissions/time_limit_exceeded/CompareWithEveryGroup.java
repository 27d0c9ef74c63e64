import java.util.ArrayList;
import java.util.List;

/**
 * Brute force: compare each token with the first token of every group so far, by character
 * counts: O(n * groups * L), quadratic when most groups are small.
 */
public class CompareWithEveryGroup {
    public static List<List<String>> groupAnagrams(String[] tokens) {
        List<List<String>> groups = new ArrayList<>();
        for (String token : tokens) {
            List<String> home = null;
            for (List<String> group : groups) {
                if (sameCounts(group.get(0), token)) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(token);
        }
        return groups;
    }

    private static boolean sameCounts(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int[] counts = new int[128];
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i)]++;
            counts[b.charAt(i)]--;
        }
        for (int c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }
}
