/** Brute force: decodes the whole text for every offset, O(offsets * decoded length). */
public class DecodeEveryTime {
    public static String charsAt(String encoded, long[] offsets) {
        StringBuilder out = new StringBuilder();
        for (long offset : offsets) {
            int[] position = {0};
            String decoded = decode(encoded, position);
            out.append(decoded.charAt((int) offset));
        }
        return out.toString();
    }

    private static String decode(String s, int[] pos) {
        StringBuilder text = new StringBuilder();
        while (pos[0] < s.length() && s.charAt(pos[0]) != ']') {
            char ch = s.charAt(pos[0]);
            if (Character.isDigit(ch)) {
                int start = pos[0];
                while (Character.isDigit(s.charAt(pos[0]))) {
                    pos[0]++;
                }
                long times = Long.parseLong(s.substring(start, pos[0]));
                pos[0]++; // '['
                String body = decode(s, pos);
                pos[0]++; // ']'
                for (long t = 0; t < times; t++) {
                    text.append(body);
                }
            } else {
                text.append(ch);
                pos[0]++;
            }
        }
        return text.toString();
    }
}
