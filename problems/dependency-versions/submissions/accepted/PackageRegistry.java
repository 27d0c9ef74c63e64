import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package registry: semantic versions, ranges, dependency checks and two resolvers.
 *
 * <p>Reference solution for all four levels. Versions are parsed once into comparable {@link
 * Version} values; a range is parsed into alternatives of comparator sets. Both resolvers walk the
 * requirements in the same first-in-first-out order: {@code install} commits to the newest version
 * that fits and gives up on a conflict, {@code resolve} backtracks to the latest choice that still
 * has an older candidate.
 */
public class PackageRegistry {

    private static final String NUMBER = "(0|[1-9][0-9]*)";
    private static final String IDENTIFIER = "[0-9A-Za-z-]+";
    private static final Pattern VERSION = Pattern.compile(
            NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(?:-(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?");
    private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=|\\^|~)?(.+)");

    /** A parsed version; {@code pre} is empty for a stable version. */
    record Version(long major, long minor, long patch, List<String> pre, String text)
            implements Comparable<Version> {

        static Version parse(String text) {
            Matcher m = VERSION.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a version: '" + text + "'");
            }
            List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
            for (String part : pre) {
                if (isNumeric(part) && part.length() > 1 && part.charAt(0) == '0') {
                    throw new IllegalArgumentException("leading zero in '" + text + "'");
                }
            }
            return new Version(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), pre, text);
        }

        boolean sameCore(Version o) {
            return major == o.major && minor == o.minor && patch == o.patch;
        }

        @Override
        public int compareTo(Version o) {
            int c = Long.compare(major, o.major);
            c = c != 0 ? c : Long.compare(minor, o.minor);
            c = c != 0 ? c : Long.compare(patch, o.patch);
            if (c != 0) {
                return c;
            }
            if (pre.isEmpty() || o.pre.isEmpty()) {
                return Boolean.compare(pre.isEmpty(), o.pre.isEmpty()); // stable is higher
            }
            for (int i = 0; i < Math.min(pre.size(), o.pre.size()); i++) {
                String a = pre.get(i);
                String b = o.pre.get(i);
                boolean an = isNumeric(a);
                boolean bn = isNumeric(b);
                int d = an && bn ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                        : an != bn ? (an ? -1 : 1) // numbers before words
                        : a.compareTo(b);
                if (d != 0) {
                    return d;
                }
            }
            return Integer.compare(pre.size(), o.pre.size());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Version v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return (int) (major * 961 + minor * 31 + patch) ^ pre.hashCode();
        }

        private static boolean isNumeric(String s) {
            return s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }
    }

    /** One comparator: an operator and a version (null for *). */
    record Comparator(String op, Version version) {

        static Comparator parse(String token) {
            if (token.equals("*")) {
                return new Comparator("*", null);
            }
            Matcher m = COMPARATOR.matcher(token);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad comparator '" + token + "'");
            }
            return new Comparator(m.group(1) == null ? "=" : m.group(1), Version.parse(m.group(2)));
        }

        boolean test(Version v) {
            if (op.equals("*")) {
                return true;
            }
            int c = v.compareTo(version);
            return switch (op) {
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case "=" -> c == 0;
                default -> c >= 0 && v.compareTo(upperBound()) < 0; // ^ and ~
            };
        }

        /** The exclusive upper bound of ^version or ~version. */
        private Version upperBound() {
            long major = version.major();
            long minor = version.minor();
            if (op.equals("~") || (major == 0 && minor > 0)) {
                return new Version(major, minor + 1, 0, List.of(), "");
            }
            if (major > 0) {
                return new Version(major + 1, 0, 0, List.of(), "");
            }
            return new Version(0, 0, version.patch() + 1, List.of(), "");
        }
    }

    /** A parsed range: alternatives of comparator sets. */
    record Range(List<List<Comparator>> alternatives) {

        static Range parse(String text) {
            List<List<Comparator>> alternatives = new ArrayList<>();
            for (String part : text.split("\\|\\|", -1)) {
                String trimmed = part.trim();
                if (trimmed.isEmpty()) {
                    throw new IllegalArgumentException("empty alternative in '" + text + "'");
                }
                List<Comparator> set = new ArrayList<>();
                for (String token : trimmed.split("\\s+")) {
                    set.add(Comparator.parse(token));
                }
                alternatives.add(set);
            }
            return new Range(alternatives);
        }

        boolean test(Version v) {
            return alternatives.stream().anyMatch(set -> allows(set, v));
        }

        /** All comparators hold, and a prerelease only passes if the set names one of its core. */
        private static boolean allows(List<Comparator> set, Version v) {
            if (!set.stream().allMatch(c -> c.test(v))) {
                return false;
            }
            return v.pre().isEmpty() || set.stream().anyMatch(c ->
                    c.version() != null && !c.version().pre().isEmpty() && c.version().sameCore(v));
        }
    }

    private record Requirement(String name, Range range) {}

    /** name -> version -> dependency -> range text, as recorded. */
    private final Map<String, Map<Version, Map<String, String>>> packages = new HashMap<>();

    // Level 1 ------------------------------------------------------------------------------------

    public int compare(String a, String b) {
        return Integer.signum(Version.parse(a).compareTo(Version.parse(b)));
    }

    public boolean publish(String pkg, String version) {
        Version parsed;
        try {
            parsed = Version.parse(version);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Map<Version, Map<String, String>> published = packages.computeIfAbsent(pkg, k -> new HashMap<>());
        if (published.containsKey(parsed)) {
            return false;
        }
        published.put(parsed, new TreeMap<>());
        return true;
    }

    public List<String> versions(String pkg) {
        return packages.getOrDefault(pkg, Map.of()).keySet().stream()
                .sorted().map(Version::text).toList();
    }

    public String latest(String pkg) {
        return packages.getOrDefault(pkg, Map.of()).keySet().stream()
                .filter(v -> v.pre().isEmpty())
                .max(java.util.Comparator.naturalOrder())
                .map(Version::text)
                .orElse(null);
    }

    // Level 2 ------------------------------------------------------------------------------------

    public boolean satisfies(String version, String range) {
        Range parsed = Range.parse(range);
        return parsed.test(Version.parse(version));
    }

    public String maxSatisfying(String pkg, String range) {
        List<Version> candidates = candidates(pkg, Range.parse(range));
        return candidates.isEmpty() ? null : candidates.get(0).text();
    }

    // Level 3 ------------------------------------------------------------------------------------

    public boolean addDependency(String pkg, String version, String dependency, String range) {
        Map<String, String> deps = find(pkg, version);
        if (deps == null || dependency.equals(pkg)) {
            return false;
        }
        try {
            Range.parse(range);
        } catch (IllegalArgumentException e) {
            return false;
        }
        deps.put(dependency, range);
        return true;
    }

    /** Return every dependency of an installed version that the installed set does not satisfy. */
    public List<String> check(List<String> installed) {
        Map<String, Version> chosen = new LinkedHashMap<>();
        for (String spec : installed) {
            int at = spec.lastIndexOf('@');
            if (at <= 0) {
                throw new IllegalArgumentException("expected name@version: '" + spec + "'");
            }
            String name = spec.substring(0, at);
            String version = spec.substring(at + 1);
            if (chosen.containsKey(name) || find(name, version) == null) {
                throw new IllegalArgumentException("not published, or installed twice: '" + spec + "'");
            }
            chosen.put(name, Version.parse(version));
        }
        List<String> problems = new ArrayList<>();
        chosen.forEach((name, version) -> packages.get(name).get(version).forEach((dependency, range) -> {
            Version have = chosen.get(dependency);
            if (have == null || !Range.parse(range).test(have)) {
                problems.add(name + "@" + version.text() + " requires " + dependency + " " + range);
            }
        }));
        problems.sort(null);
        return problems;
    }

    /** Greedy: the newest version that fits each requirement when first met; null on conflict. */
    public List<String> install(String pkg, String range) {
        return solve(pkg, range, false);
    }

    // Level 4 ------------------------------------------------------------------------------------

    /** Like install, but backtracks to older versions instead of giving up on a conflict. */
    public List<String> resolve(String pkg, String range) {
        return solve(pkg, range, true);
    }

    // Internals ----------------------------------------------------------------------------------

    private Map<String, String> find(String pkg, String version) {
        Version parsed;
        try {
            parsed = Version.parse(version);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return packages.getOrDefault(pkg, Map.of()).get(parsed);
    }

    /** Published versions in the range, newest first. */
    private List<Version> candidates(String pkg, Range wanted) {
        return packages.getOrDefault(pkg, Map.of()).keySet().stream()
                .filter(wanted::test)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    private List<Requirement> requirements(String pkg, Version version) {
        List<Requirement> out = new ArrayList<>();
        // the dependency map is a TreeMap: dependency names in order
        packages.get(pkg).get(version).forEach((name, range) -> out.add(new Requirement(name, Range.parse(range))));
        return out;
    }

    private List<String> solve(String pkg, String range, boolean backtrack) {
        List<Requirement> queue = List.of(new Requirement(pkg, Range.parse(range)));
        Map<String, Version> result = search(queue, new TreeMap<>(), backtrack);
        if (result == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        result.forEach((name, version) -> out.add(name + "@" + version.text())); // TreeMap: by name
        return out;
    }

    private Map<String, Version> search(List<Requirement> pending, TreeMap<String, Version> chosen,
            boolean backtrack) {
        List<Requirement> queue = new ArrayList<>(pending);
        while (!queue.isEmpty()) {
            Requirement next = queue.remove(0);
            Version picked = chosen.get(next.name());
            if (picked != null) {
                if (!next.range().test(picked)) {
                    return null; // conflict with an earlier choice
                }
                continue;
            }
            List<Version> candidates = candidates(next.name(), next.range());
            for (Version version : backtrack ? candidates : candidates.subList(0, Math.min(1, candidates.size()))) {
                List<Requirement> rest = new ArrayList<>(queue);
                rest.addAll(requirements(next.name(), version));
                TreeMap<String, Version> more = new TreeMap<>(chosen);
                more.put(next.name(), version);
                Map<String, Version> found = search(rest, more, backtrack);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return chosen;
    }
}
