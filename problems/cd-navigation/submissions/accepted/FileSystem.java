import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A directory tree with a working directory, symbolic links and moves.
 *
 * <p>Reference solution for all four levels. The tree is made of node objects that know their
 * parent, so the working directory is a node (not a string) and survives moves; every path goes
 * through one walker, {@link #walk}, which follows links and detects loops with the set of links it
 * is expanding.
 */
public class FileSystem {

    /** An entry of a directory: a directory or a link. */
    private abstract static sealed class Entry permits Dir, Link {
        String name;
        Dir parent; // null only for the root

        Entry(String name, Dir parent) {
            this.name = name;
            this.parent = parent;
        }
    }

    private static final class Dir extends Entry {
        final Map<String, Entry> children = new HashMap<>();

        Dir(String name, Dir parent) {
            super(name, parent);
        }
    }

    private static final class Link extends Entry {
        final String target; // resolved at each use, so it may dangle

        Link(String name, Dir parent, String target) {
            super(name, parent);
            this.target = target;
        }
    }

    /** A parent directory and the last component of a path, not followed. */
    private record Spot(Dir parent, String name) {}

    private final Dir root = new Dir("", null);
    private Dir cwd = root;

    // Level 1 ------------------------------------------------------------------------------------

    /** Create a directory; its parent must exist and its name must be new. */
    public boolean mkdir(String path) {
        Spot spot = locateNew(path);
        if (spot == null) {
            return false;
        }
        spot.parent().children.put(spot.name(), new Dir(spot.name(), spot.parent()));
        return true;
    }

    public boolean cd(String path) {
        Dir target = resolve(path);
        if (target == null) {
            return false;
        }
        cwd = target;
        return true;
    }

    public String pwd() {
        return pathOf(cwd);
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<String> ls(String path) {
        Dir target = resolve(path);
        if (target == null) {
            return null;
        }
        List<String> names = new ArrayList<>(target.children.keySet());
        Collections.sort(names);
        return names;
    }

    /** Remove an empty directory or a link (never what the link points to). */
    public boolean rm(String path) {
        Spot spot = locateExisting(path);
        if (spot == null) {
            return false;
        }
        Entry entry = spot.parent().children.get(spot.name());
        if (entry instanceof Dir dir && (!dir.children.isEmpty() || dir == cwd)) {
            return false;
        }
        spot.parent().children.remove(spot.name());
        return true;
    }

    /** Return the absolute paths of the entries named {@code name} below {@code path}. */
    public List<String> find(String path, String name) {
        Dir start = resolve(path);
        if (start == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        Deque<Dir> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            for (Entry entry : stack.pop().children.values()) {
                if (entry.name.equals(name)) {
                    found.add(pathOf(entry));
                }
                if (entry instanceof Dir dir) {
                    stack.push(dir);
                }
            }
        }
        Collections.sort(found);
        return found;
    }

    // Level 3 ------------------------------------------------------------------------------------

    /** Create a link at {@code path} pointing to {@code target}, stored as text. */
    public boolean symlink(String target, String path) {
        Spot spot = locateNew(path);
        if (spot == null || target.isEmpty()) {
            return false;
        }
        spot.parent().children.put(spot.name(), new Link(spot.name(), spot.parent(), target));
        return true;
    }

    public String readlink(String path) {
        Spot spot = locateExisting(path);
        if (spot == null) {
            return null;
        }
        return spot.parent().children.get(spot.name()) instanceof Link link ? link.target : null;
    }

    public String realpath(String path) {
        Dir target = resolve(path);
        return target == null ? null : pathOf(target);
    }

    // Level 4 ------------------------------------------------------------------------------------

    /** Move or rename an entry; into {@code destination} if that is an existing directory. */
    public boolean mv(String source, String destination) {
        Spot from = locateExisting(source);
        if (from == null) {
            return false;
        }
        Entry entry = from.parent().children.get(from.name());
        Dir into = resolve(destination);
        Spot to = into != null ? new Spot(into, entry.name) : locateNew(destination);
        if (to == null || to.parent().children.containsKey(to.name())) {
            return false;
        }
        if (entry instanceof Dir dir && isWithin(to.parent(), dir)) {
            return false; // a directory cannot move into itself or below itself
        }
        from.parent().children.remove(from.name());
        entry.name = to.name();
        entry.parent = to.parent();
        to.parent().children.put(to.name(), entry);
        return true;
    }

    // Internals ----------------------------------------------------------------------------------

    private static List<String> components(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private Dir start(String path) {
        return path.startsWith("/") ? root : cwd;
    }

    /** The directory {@code path} names, following every link; null if there is none. */
    private Dir resolve(String path) {
        if (path.isEmpty()) {
            return null;
        }
        return walk(start(path), components(path), Collections.newSetFromMap(new HashMap<>()));
    }

    private Dir walk(Dir start, List<String> parts, Set<Link> expanding) {
        Dir node = start;
        for (String part : parts) {
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                node = node.parent != null ? node.parent : node;
                continue;
            }
            Entry child = node.children.get(part);
            Dir next = switch (child) {
                case null -> null;
                case Dir dir -> dir;
                case Link link -> follow(link, expanding);
            };
            if (next == null) {
                return null;
            }
            node = next;
        }
        return node;
    }

    /** The directory a link points to; null if it dangles or needs itself to be resolved. */
    private Dir follow(Link link, Set<Link> expanding) {
        if (!expanding.add(link)) {
            return null; // resolving the link requires resolving the link: a loop
        }
        Dir from = link.target.startsWith("/") ? root : link.parent;
        Dir result = walk(from, components(link.target), expanding);
        expanding.remove(link);
        return result;
    }

    /** The resolved parent directory of {@code path} and its last component (not followed). */
    private Spot split(String path) {
        List<String> parts = components(path);
        if (parts.isEmpty()) {
            return null;
        }
        String last = parts.get(parts.size() - 1);
        if (last.equals(".") || last.equals("..")) {
            return null;
        }
        Dir parent = walk(start(path), parts.subList(0, parts.size() - 1),
                Collections.newSetFromMap(new HashMap<>()));
        return parent == null ? null : new Spot(parent, last);
    }

    private Spot locateNew(String path) {
        Spot spot = split(path);
        return spot == null || spot.parent().children.containsKey(spot.name()) ? null : spot;
    }

    private Spot locateExisting(String path) {
        Spot spot = split(path);
        return spot == null || !spot.parent().children.containsKey(spot.name()) ? null : spot;
    }

    private static String pathOf(Entry entry) {
        List<String> names = new ArrayList<>();
        for (Entry e = entry; e.parent != null; e = e.parent) {
            names.add(e.name);
        }
        Collections.reverse(names);
        return "/" + String.join("/", names);
    }

    private static boolean isWithin(Dir node, Dir ancestor) {
        for (Dir d = node; d != null; d = d.parent) {
            if (d == ancestor) {
                return true;
            }
        }
        return false;
    }
}
