import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet of integer cells and formulas, with cached values and cycle rejection.
 *
 * <p>Reference solution for all four levels. A formula is parsed once into a small syntax tree; the
 * sheet keeps, for every cell, its content, its parsed formula, its cached value and the cells that
 * read it. A write re-evaluates exactly the cells downstream of it, in topological order, so a read
 * is a map lookup.
 */
public class Spreadsheet {

    private static final Pattern LITERAL = Pattern.compile("-?[0-9]+");
    private static final Set<String> FUNCTIONS = Set.of("SUM", "MIN", "MAX");

    private final Map<String, String> contents = new HashMap<>(); // non-empty cells only
    private final Map<String, Formula> formulas = new HashMap<>();
    private final Map<String, Long> values = new HashMap<>(); // cached; a null value marks an error
    private final Map<String, Set<String>> dependents = new HashMap<>(); // cell -> formulas reading it

    // Level 1 ------------------------------------------------------------------------------------

    /** Store {@code content} in {@code cell}; false (and no change) if malformed or cyclic. */
    public boolean setCell(String cell, String content) {
        Formula formula = null;
        if (content.startsWith("=")) {
            try {
                formula = Formula.parse(content);
            } catch (FormulaException e) {
                return false;
            }
            if (createsCycle(cell, formula.precedents())) {
                return false;
            }
        } else if (!content.isEmpty() && !LITERAL.matcher(content).matches()) {
            return false;
        }
        unlink(cell);
        link(cell, content, formula);
        Set<String> changed = downstream(cell);
        changed.add(cell);
        recompute(changed);
        return true;
    }

    /** Return the cell's value: 0 when empty, null when its formula cannot be computed. */
    public Long getValue(String cell) {
        return values.containsKey(cell) ? values.get(cell) : Long.valueOf(0);
    }

    public String getContent(String cell) {
        return contents.getOrDefault(cell, "");
    }

    // Level 3 ------------------------------------------------------------------------------------

    /** Return every cell whose value depends on {@code cell}, sorted by column then row. */
    public List<String> getDependents(String cell) {
        List<String> out = new ArrayList<>(downstream(cell));
        out.sort(Cells.ORDER);
        return out;
    }

    // Level 4 ------------------------------------------------------------------------------------

    /** Insert an empty row before {@code row}; cells and references at or below it move down. */
    public void insertRow(int row) {
        shift(p -> new Position(p.column(), p.row() >= row ? p.row() + 1 : p.row()));
    }

    /** Insert an empty column before {@code column}; cells and references from it move right. */
    public void insertColumn(String column) {
        int at = Cells.columnIndex(column);
        shift(p -> new Position(p.column() >= at ? p.column() + 1 : p.column(), p.row()));
    }

    // Internals ----------------------------------------------------------------------------------

    private void link(String cell, String content, Formula formula) {
        if (!content.isEmpty()) {
            contents.put(cell, content);
        }
        if (formula != null) {
            formulas.put(cell, formula);
            for (String precedent : formula.precedents()) {
                dependents.computeIfAbsent(precedent, k -> new HashSet<>()).add(cell);
            }
        }
    }

    private void unlink(String cell) {
        contents.remove(cell);
        Formula formula = formulas.remove(cell);
        if (formula == null) {
            return;
        }
        for (String precedent : formula.precedents()) {
            Set<String> readers = dependents.get(precedent);
            readers.remove(cell);
            if (readers.isEmpty()) {
                dependents.remove(precedent);
            }
        }
    }

    private Set<String> downstream(String cell) {
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(cell);
        while (!stack.isEmpty()) {
            for (String reader : dependents.getOrDefault(stack.pop(), Set.of())) {
                if (seen.add(reader)) {
                    stack.push(reader);
                }
            }
        }
        return seen;
    }

    /** A new formula in {@code cell} closes a cycle iff it reads the cell or anything downstream. */
    private boolean createsCycle(String cell, Set<String> precedents) {
        if (precedents.contains(cell)) {
            return true;
        }
        for (String reader : downstream(cell)) {
            if (precedents.contains(reader)) {
                return true;
            }
        }
        return false;
    }

    /** Re-evaluate {@code cells} in topological order (inputs inside the set first). */
    private void recompute(Set<String> cells) {
        Map<String, Integer> waiting = new HashMap<>();
        for (String cell : cells) {
            Formula formula = formulas.get(cell);
            if (formula == null) {
                values.remove(cell);
                if (contents.containsKey(cell)) {
                    values.put(cell, Long.parseLong(contents.get(cell)));
                }
                continue;
            }
            int count = 0;
            for (String p : formula.precedents()) {
                if (cells.contains(p) && formulas.containsKey(p)) {
                    count++;
                }
            }
            waiting.put(cell, count);
        }
        Deque<String> ready = new ArrayDeque<>();
        waiting.forEach((cell, count) -> {
            if (count == 0) {
                ready.push(cell);
            }
        });
        while (!ready.isEmpty()) {
            String cell = ready.pop();
            values.put(cell, evaluate(formulas.get(cell)));
            for (String reader : dependents.getOrDefault(cell, Set.of())) {
                Integer count = waiting.get(reader);
                if (count != null) {
                    waiting.put(reader, count - 1);
                    if (count == 1) {
                        ready.push(reader);
                    }
                }
            }
        }
    }

    private Long evaluate(Formula formula) {
        try {
            return eval(formula.tree());
        } catch (CellError e) {
            return null;
        }
    }

    private long read(String cell) {
        if (!values.containsKey(cell)) {
            return 0;
        }
        Long value = values.get(cell);
        if (value == null) {
            throw new CellError();
        }
        return value;
    }

    private long eval(Node node) {
        return switch (node) {
            case Num n -> n.value();
            case Ref r -> read(r.cell());
            case Neg n -> -eval(n.operand());
            case Binary b -> {
                long left = eval(b.left());
                long right = eval(b.right());
                yield switch (b.op()) {
                    case '+' -> left + right;
                    case '-' -> left - right;
                    case '*' -> left * right;
                    default -> {
                        if (right == 0) {
                            throw new CellError();
                        }
                        yield left / right; // Java's division already truncates toward zero
                    }
                };
            }
            case Call c -> {
                List<Long> collected = new ArrayList<>();
                for (Node arg : c.args()) {
                    if (arg instanceof Range range) {
                        for (String cell : range.cells()) {
                            if (contents.containsKey(cell)) {
                                collected.add(read(cell));
                            }
                        }
                    } else {
                        collected.add(eval(arg));
                    }
                }
                if (collected.isEmpty()) {
                    yield 0L;
                }
                long result = collected.get(0);
                for (int i = 1; i < collected.size(); i++) {
                    long v = collected.get(i);
                    result = switch (c.name()) {
                        case "SUM" -> result + v;
                        case "MIN" -> Math.min(result, v);
                        default -> Math.max(result, v);
                    };
                }
                yield result;
            }
            case Range r -> throw new IllegalStateException("a range outside a function: " + r);
        };
    }

    /** Move every cell and rewrite every reference with {@code move}, then rebuild the sheet. */
    private void shift(UnaryOperator<Position> move) {
        UnaryOperator<String> moved = name -> Cells.name(move.apply(Cells.position(name)));
        Map<String, String> next = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : contents.entrySet()) {
            String content = entry.getValue();
            Formula formula = formulas.get(entry.getKey());
            if (formula != null) {
                StringBuilder sb = new StringBuilder();
                int last = 0;
                for (Token ref : formula.refs()) {
                    sb.append(content, last, ref.start()).append(moved.apply(ref.text()));
                    last = ref.end();
                }
                content = sb.append(content.substring(last)).toString();
            }
            next.put(moved.apply(entry.getKey()), content);
        }
        contents.clear();
        formulas.clear();
        values.clear();
        dependents.clear();
        next.forEach((cell, content) ->
                link(cell, content, content.startsWith("=") ? Formula.parse(content) : null));
        recompute(new HashSet<>(contents.keySet()));
    }

    // Cell names -----------------------------------------------------------------------------------

    record Position(int column, int row) {}

    static final class Cells {
        private static final Pattern NAME = Pattern.compile("([A-Z]+)([1-9][0-9]*)");

        static final Comparator<String> ORDER =
                Comparator.comparing((String name) -> position(name).column())
                        .thenComparing(name -> position(name).row());

        static int columnIndex(String letters) {
            int index = 0;
            for (char ch : letters.toCharArray()) {
                index = index * 26 + (ch - 'A' + 1);
            }
            return index;
        }

        static String columnName(int index) {
            StringBuilder sb = new StringBuilder();
            while (index > 0) {
                int rest = (index - 1) % 26;
                sb.append((char) ('A' + rest));
                index = (index - 1) / 26;
            }
            return sb.reverse().toString();
        }

        static Position position(String name) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new FormulaException("not a cell reference: " + name);
            }
            return new Position(columnIndex(m.group(1)), Integer.parseInt(m.group(2)));
        }

        static String name(Position p) {
            return columnName(p.column()) + p.row();
        }
    }

    // Formulas -------------------------------------------------------------------------------------

    static final class FormulaException extends RuntimeException {
        FormulaException(String message) {
            super(message);
        }
    }

    /** A value that cannot be computed: a division by zero or an input that is an error. */
    static final class CellError extends RuntimeException {
        CellError() {
            super(null, null, false, false);
        }
    }

    sealed interface Node permits Num, Ref, Neg, Binary, Range, Call {}

    record Num(long value) implements Node {}

    record Ref(String cell) implements Node {}

    record Neg(Node operand) implements Node {}

    record Binary(char op, Node left, Node right) implements Node {}

    record Call(String name, List<Node> args) implements Node {}

    record Range(String first, String last) implements Node {
        List<String> cells() {
            Position a = Cells.position(first);
            Position b = Cells.position(last);
            List<String> out = new ArrayList<>();
            for (int c = Math.min(a.column(), b.column()); c <= Math.max(a.column(), b.column()); c++) {
                for (int r = Math.min(a.row(), b.row()); r <= Math.max(a.row(), b.row()); r++) {
                    out.add(Cells.columnName(c) + r);
                }
            }
            return out;
        }
    }

    /** A token: kind is "num", "cell", "name", or the character itself. */
    record Token(String kind, String text, int start, int end) {}

    /** A parsed formula: its syntax tree, its cell tokens (for rewriting), the cells it reads. */
    record Formula(Node tree, List<Token> refs, Set<String> precedents) {

        static Formula parse(String text) {
            List<Token> tokens = tokenize(text);
            Node tree = new Parser(tokens).parse();
            Set<String> cells = new HashSet<>();
            collect(tree, cells);
            List<Token> refs = tokens.stream().filter(t -> t.kind().equals("cell")).toList();
            return new Formula(tree, refs, cells);
        }

        private static void collect(Node node, Set<String> cells) {
            switch (node) {
                case Ref r -> cells.add(r.cell());
                case Range r -> cells.addAll(r.cells());
                case Neg n -> collect(n.operand(), cells);
                case Binary b -> {
                    collect(b.left(), cells);
                    collect(b.right(), cells);
                }
                case Call c -> c.args().forEach(arg -> collect(arg, cells));
                case Num n -> {}
            }
        }

        private static List<Token> tokenize(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 1; // skip the '='
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (ch == ' ') {
                    i++;
                } else if (Character.isDigit(ch) && ch < 128) {
                    int j = i;
                    while (j < text.length() && isAsciiDigit(text.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token("num", text.substring(i, j), i, j));
                    i = j;
                } else if (ch >= 'A' && ch <= 'Z') {
                    int j = i;
                    while (j < text.length() && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
                        j++;
                    }
                    int k = j;
                    while (k < text.length() && isAsciiDigit(text.charAt(k))) {
                        k++;
                    }
                    if (k > j) {
                        String name = text.substring(i, k);
                        Cells.position(name); // rejects rows such as A0 and A01
                        tokens.add(new Token("cell", name, i, k));
                        i = k;
                    } else {
                        tokens.add(new Token("name", text.substring(i, j), i, j));
                        i = j;
                    }
                } else {
                    tokens.add(new Token(String.valueOf(ch), String.valueOf(ch), i, i + 1));
                    i++;
                }
            }
            return tokens;
        }

        private static boolean isAsciiDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }
    }

    /** Recursive descent over the grammar in the statement. */
    static final class Parser {
        private final List<Token> tokens;
        private int pos = 0;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node parse() {
            Node node = expr();
            if (pos != tokens.size()) {
                throw new FormulaException("unexpected " + tokens.get(pos).text());
            }
            return node;
        }

        private String peek() {
            return pos < tokens.size() ? tokens.get(pos).kind() : "";
        }

        private String peek(int ahead) {
            return pos + ahead < tokens.size() ? tokens.get(pos + ahead).kind() : "";
        }

        private Token take(String kind) {
            if (!peek().equals(kind)) {
                throw new FormulaException("expected " + kind);
            }
            return tokens.get(pos++);
        }

        private Node expr() {
            Node node = term();
            while (peek().equals("+") || peek().equals("-")) {
                char op = take(peek()).kind().charAt(0);
                node = new Binary(op, node, term());
            }
            return node;
        }

        private Node term() {
            Node node = factor();
            while (peek().equals("*") || peek().equals("/")) {
                char op = take(peek()).kind().charAt(0);
                node = new Binary(op, node, factor());
            }
            return node;
        }

        private Node factor() {
            switch (peek()) {
                case "-" -> {
                    take("-");
                    return new Neg(factor());
                }
                case "num" -> {
                    return new Num(Long.parseLong(take("num").text()));
                }
                case "cell" -> {
                    return new Ref(take("cell").text());
                }
                case "(" -> {
                    take("(");
                    Node node = expr();
                    take(")");
                    return node;
                }
                case "name" -> {
                    String name = take("name").text();
                    if (!FUNCTIONS.contains(name)) {
                        throw new FormulaException("unknown function " + name);
                    }
                    take("(");
                    List<Node> args = new ArrayList<>();
                    args.add(argument());
                    while (peek().equals(",")) {
                        take(",");
                        args.add(argument());
                    }
                    take(")");
                    return new Call(name, args);
                }
                default -> throw new FormulaException("expected a value");
            }
        }

        private Node argument() {
            if (peek().equals("cell") && peek(1).equals(":")) {
                String first = take("cell").text();
                take(":");
                return new Range(first, take("cell").text());
            }
            return expr();
        }
    }
}
