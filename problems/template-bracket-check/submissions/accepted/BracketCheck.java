/**
 * One scan with a stack of the indices of open brackets (an int array used as a stack); quoted
 * text is skipped. O(n) time, O(depth) extra space.
 */
public class BracketCheck {
    public static int firstBracketError(String template) {
        int[] stack = new int[template.length()];
        int size = 0;
        int quote = -1;
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (quote >= 0) {
                if (ch == '"') {
                    quote = -1;
                }
            } else if (ch == '"') {
                quote = i;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                stack[size++] = i;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                if (size == 0 || template.charAt(stack[size - 1]) != opener(ch)) {
                    return i;
                }
                size--;
            }
        }
        return size > 0 ? stack[0] : quote;
    }

    private static char opener(char closer) {
        return switch (closer) {
            case ')' -> '(';
            case ']' -> '[';
            default -> '{';
        };
    }
}
