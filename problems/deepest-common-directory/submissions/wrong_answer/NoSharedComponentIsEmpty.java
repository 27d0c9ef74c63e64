/** Wrong: returns "" instead of "/" when the paths share no component. */
public class NoSharedComponentIsEmpty {
    public static String commonDirectory(String[] paths) {
        if (paths.length == 0) {
            return "";
        }
        String[] common = paths[0].substring(1).split("/", -1);
        int length = common.length;
        for (String path : paths) {
            String[] parts = path.substring(1).split("/", -1);
            int k = 0;
            while (k < length && k < parts.length && common[k].equals(parts[k])) {
                k++;
            }
            length = k;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < length; k++) {
            out.append("/").append(common[k]);
        }
        return out.toString();
    }
}
