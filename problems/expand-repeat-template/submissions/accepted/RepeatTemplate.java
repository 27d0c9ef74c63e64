import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One left-to-right pass with a stack of open blocks: each entry keeps the text built before the
 * block and its count. O(len(template) + output * depth) time; O(output) for flat templates.
 */
public class RepeatTemplate {
    private record Open(StringBuilder before, int count) {}

    public static String expandTemplate(String template) {
        Deque<Open> stack = new ArrayDeque<>();
        StringBuilder current = new StringBuilder();
        int count = 0;
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch >= '0' && ch <= '9') {
                count = count * 10 + (ch - '0');
            } else if (ch == '[') {
                stack.push(new Open(current, count));
                current = new StringBuilder();
                count = 0;
            } else if (ch == ']') {
                Open open = stack.pop();
                open.before().repeat(current, open.count());
                current = open.before();
            } else {
                current.append(ch);
            }
        }
        return current.toString();
    }
}
