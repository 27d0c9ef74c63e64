/**
 * Brute force: for each closing bracket, walk back over the text to the nearest opener not yet
 * matched (keeping a matched flag per character). Correct, but O(n^2) on deep nesting.
 */
public class ScanBackForOpener {
    public static int firstBracketError(String template) {
        int n = template.length();
        boolean[] matched = new boolean[n];
        boolean[] quoted = new boolean[n];
        int quote = -1;
        for (int i = 0; i < n; i++) {
            char ch = template.charAt(i);
            if (quote >= 0) {
                quoted[i] = true;
                if (ch == '"') {
                    quote = -1;
                }
                continue;
            }
            if (ch == '"') {
                quote = i;
                quoted[i] = true;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                int j = i - 1;
                while (j >= 0 && (quoted[j] || matched[j] || !isOpener(template.charAt(j)))) {
                    j--;
                }
                if (j < 0 || !pair(template.charAt(j), ch)) {
                    return i;
                }
                matched[j] = true;
                matched[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!quoted[i] && !matched[i] && isOpener(template.charAt(i))) {
                return quote >= 0 ? Math.min(i, quote) : i;
            }
        }
        return quote;
    }

    private static boolean isOpener(char ch) {
        return ch == '(' || ch == '[' || ch == '{';
    }

    private static boolean pair(char open, char close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']')
                || (open == '{' && close == '}');
    }
}
