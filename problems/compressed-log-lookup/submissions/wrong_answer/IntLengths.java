import java.util.ArrayList;
import java.util.List;

/** Wrong: keeps decoded lengths in int, which overflows once the text passes 2^31 characters. */
public class IntLengths {
    private record Item(char letter, int times, List<Item> body) {}

    public static String charsAt(String encoded, long[] offsets) {
        int[] pos = {0};
        List<Item> root = parse(encoded, pos);
        StringBuilder out = new StringBuilder();
        for (long offset : offsets) {
            out.append(charAt(root, (int) offset));
        }
        return out.toString();
    }

    private static List<Item> parse(String s, int[] pos) {
        List<Item> items = new ArrayList<>();
        while (pos[0] < s.length() && s.charAt(pos[0]) != ']') {
            char ch = s.charAt(pos[0]);
            if (Character.isDigit(ch)) {
                int start = pos[0];
                while (Character.isDigit(s.charAt(pos[0]))) {
                    pos[0]++;
                }
                int times = Integer.parseInt(s.substring(start, pos[0]));
                pos[0]++;
                List<Item> body = parse(s, pos);
                pos[0]++;
                items.add(new Item('\0', times, body));
            } else {
                items.add(new Item(ch, 0, null));
                pos[0]++;
            }
        }
        return items;
    }

    private static int length(List<Item> items) {
        int total = 0;
        for (Item item : items) {
            total += item.body() == null ? 1 : item.times() * length(item.body());
        }
        return total;
    }

    private static char charAt(List<Item> items, int offset) {
        for (Item item : items) {
            if (item.body() == null) {
                if (offset == 0) {
                    return item.letter();
                }
                offset--;
            } else {
                int inner = length(item.body());
                int size = item.times() * inner;
                if (inner > 0 && offset < size) {
                    return charAt(item.body(), offset % inner);
                }
                offset -= size;
            }
        }
        return '?';
    }
}
