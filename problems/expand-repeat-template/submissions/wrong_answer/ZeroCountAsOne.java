import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Wrong: treats a count of 0 as "no count given" and repeats the block once, so a disabled block
 * such as {@code 0[skip]} leaks into the script.
 */
public class ZeroCountAsOne {
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
                stack.push(new Open(current, count == 0 ? 1 : count));
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
