import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One depth-first walk of the grid for all tags at once, guided by a trie of the tags. */
public class GridTags {
    private static final class Node {
        final Node[] next = new Node[26];
        String tag; // the tag that ends here, until it has been found
        int children;
    }

    public static List<String> findTags(String[] grid, String[] tags) {
        Node root = new Node();
        for (String tag : tags) {
            Node node = root;
            for (char letter : tag.toCharArray()) {
                int i = letter - 'a';
                if (node.next[i] == null) {
                    node.next[i] = new Node();
                    node.children++;
                }
                node = node.next[i];
            }
            node.tag = tag;
        }
        char[][] cells = new char[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            cells[r] = grid[r].toCharArray();
        }
        List<String> found = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                walk(cells, r, c, root, found);
            }
        }
        Collections.sort(found);
        return found;
    }

    private static void walk(char[][] cells, int r, int c, Node parent, List<String> found) {
        if (r < 0 || r >= cells.length || c < 0 || c >= cells[r].length || cells[r][c] == '#') {
            return;
        }
        char letter = cells[r][c];
        Node node = parent.next[letter - 'a'];
        if (node == null) {
            return;
        }
        if (node.tag != null) {
            found.add(node.tag);
            node.tag = null; // each tag is reported once
        }
        cells[r][c] = '#'; // in use on the current path
        walk(cells, r - 1, c, node, found);
        walk(cells, r + 1, c, node, found);
        walk(cells, r, c - 1, node, found);
        walk(cells, r, c + 1, node, found);
        cells[r][c] = letter;
        if (node.children == 0 && node.tag == null) {
            parent.next[letter - 'a'] = null; // nothing left to find below: prune the branch
            parent.children--;
        }
    }
}
