/**
 * Brute force: find the first closing bracket, expand that innermost block in place, and start
 * over: every block rebuilds the whole string, O(blocks * (template + output)).
 */
public class ExpandInnermostFirst {
    public static String expandTemplate(String template) {
        String text = template;
        while (true) {
            int close = text.indexOf(']');
            if (close < 0) {
                return text;
            }
            int open = text.lastIndexOf('[', close);
            int start = open;
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            int count = Integer.parseInt(text.substring(start, open));
            text = text.substring(0, start) + text.substring(open + 1, close).repeat(count) + text.substring(close + 1);
        }
    }
}
