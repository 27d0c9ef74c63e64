import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Wrong: collects each group in a set, so a token that occurs twice in the log is listed once. */
public class DropsRepeatedTokens {
    public static List<List<String>> groupAnagrams(String[] tokens) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String token : tokens) {
            char[] key = token.toCharArray();
            Arrays.sort(key);
            groups.computeIfAbsent(new String(key), k -> new LinkedHashSet<>()).add(token);
        }
        List<List<String>> out = new ArrayList<>();
        for (Set<String> group : groups.values()) {
            out.add(new ArrayList<>(group));
        }
        return out;
    }
}
