/** Brute force: the common prefix of every pair of paths, keeping the shortest: O(n^2 * depth). */
public class EveryPair {
    public static String commonDirectory(String[] paths) {
        if (paths.length == 0) {
            return "";
        }
        String[][] parts = new String[paths.length][];
        for (int i = 0; i < paths.length; i++) {
            parts[i] = paths[i].substring(1).split("/", -1);
        }
        int shortest = parts[0].length;
        int witness = 0;
        for (int i = 0; i < paths.length; i++) {
            for (int j = i + 1; j < paths.length; j++) {
                int k = 0;
                while (k < parts[i].length && k < parts[j].length && parts[i][k].equals(parts[j][k])) {
                    k++;
                }
                if (k < shortest) {
                    shortest = k;
                    witness = i;
                }
            }
        }
        StringBuilder out = new StringBuilder("/");
        for (int k = 0; k < shortest; k++) {
            out.append(k > 0 ? "/" : "").append(parts[witness][k]);
        }
        return out.toString();
    }
}
