import java.util.Arrays;

/** Longest common prefix of paths by components, O(total length). */
public class CommonDirectory {
    public static String commonDirectory(String[] paths) {
        if (paths.length == 0) {
            return "";
        }
        String[] common = paths[0].substring(1).split("/", -1);
        int length = common.length;
        for (int i = 1; i < paths.length && length > 0; i++) {
            String[] parts = paths[i].substring(1).split("/", -1);
            int k = 0;
            while (k < length && k < parts.length && common[k].equals(parts[k])) {
                k++;
            }
            length = k; // the shared prefix only ever shrinks
        }
        return "/" + String.join("/", Arrays.copyOf(common, length));
    }
}
