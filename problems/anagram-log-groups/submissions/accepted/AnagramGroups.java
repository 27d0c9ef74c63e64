import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass with a canonical key per token (its characters sorted): O(n * L log L) time. A
 * LinkedHashMap keeps insertion order, so the groups come out in order of first appearance.
 */
public class AnagramGroups {
    public static List<List<String>> groupAnagrams(String[] tokens) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String token : tokens) {
            char[] key = token.toCharArray();
            Arrays.sort(key);
            groups.computeIfAbsent(new String(key), k -> new ArrayList<>()).add(token);
        }
        return new ArrayList<>(groups.values());
    }
}
