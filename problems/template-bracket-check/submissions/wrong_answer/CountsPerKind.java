/**
 * Wrong: keeps one counter per bracket kind instead of a stack, so crossed brackets such as
 * "([)]" pass.
 */
public class CountsPerKind {
    public static int firstBracketError(String template) {
        int[] open = new int[3];
        int[] first = {-1, -1, -1};
        int quote = -1;
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (quote >= 0) {
                if (ch == '"') {
                    quote = -1;
                }
                continue;
            }
            if (ch == '"') {
                quote = i;
                continue;
            }
            int kind = "([{".indexOf(ch);
            if (kind >= 0) {
                if (open[kind]++ == 0) {
                    first[kind] = i;
                }
                continue;
            }
            kind = ")]}".indexOf(ch);
            if (kind >= 0 && open[kind]-- == 0) {
                return i;
            }
        }
        int best = quote;
        for (int k = 0; k < 3; k++) {
            if (open[k] > 0 && (best < 0 || first[k] < best)) {
                best = first[k];
            }
        }
        return best;
    }
}
