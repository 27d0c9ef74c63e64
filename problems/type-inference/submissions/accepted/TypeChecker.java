import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Hindley-Milner type inference for a tiny Lisp-like language.
 *
 * <p>Reference solution for all four levels. The pipeline is tokenize, parse (into a small syntax
 * tree), infer (algorithm W with a union-find substitution), print (with canonical variable names).
 * Types are one generic shape, a constructor applied to arguments ({@code int}, {@code ->}, {@code
 * list}, {@code pair}) or a type variable, so lists and pairs only add constructors and builtins.
 */
public class TypeChecker {

    private static final Set<String> RESERVED = Set.of("true", "false", "if", "fn", "let", "letrec");
    private static final Pattern IDENTIFIER =
            Pattern.compile("[A-Za-z_+\\-*/<>=!?'][A-Za-z0-9_+\\-*/<>=!?']*");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    /** An error to report; the message is what follows "error: ". */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    // Types ----------------------------------------------------------------------------------------

    sealed interface Type permits Var, Con {}

    /** A type variable; {@code ref} is set when it is bound (union-find). */
    static final class Var implements Type {
        Type ref;
    }

    record Con(String name, List<Type> args) implements Type {}

    static final Con INT = new Con("int", List.of());
    static final Con BOOL = new Con("bool", List.of());

    static Con arrow(Type a, Type b) {
        return new Con("->", List.of(a, b));
    }

    static Con list(Type t) {
        return new Con("list", List.of(t));
    }

    static Con pair(Type a, Type b) {
        return new Con("pair", List.of(a, b));
    }

    static Type prune(Type t) {
        if (t instanceof Var v && v.ref != null) {
            v.ref = prune(v.ref);
            return v.ref;
        }
        return t;
    }

    static boolean occurs(Var v, Type t) {
        t = prune(t);
        if (t == v) {
            return true;
        }
        return t instanceof Con c && c.args().stream().anyMatch(a -> occurs(v, a));
    }

    static void unify(Type a, Type b) {
        a = prune(a);
        b = prune(b);
        if (a == b) {
            return;
        }
        if (a instanceof Var || b instanceof Var) {
            Var v = a instanceof Var va ? va : (Var) b;
            Type other = v == a ? b : a;
            if (occurs(v, other)) {
                throw new Failure("infinite type");
            }
            v.ref = other;
            return;
        }
        Con x = (Con) a;
        Con y = (Con) b;
        if (!x.name().equals(y.name()) || x.args().size() != y.args().size()) {
            throw new Failure("mismatch");
        }
        for (int i = 0; i < x.args().size(); i++) { // for an arrow: the parameter first
            unify(x.args().get(i), y.args().get(i));
        }
    }

    static Set<Var> freeVars(Type t, Set<Var> out) {
        t = prune(t);
        if (t instanceof Var v) {
            out.add(v);
        } else {
            for (Type a : ((Con) t).args()) {
                freeVars(a, out);
            }
        }
        return out;
    }

    /** A type, generic over {@code quantified}: each use gets fresh copies of them. */
    record Scheme(Set<Var> quantified, Type type) {
        static Scheme mono(Type t) {
            return new Scheme(Set.of(), t);
        }

        static Scheme poly(BiFunction<Type, Type, Type> make) {
            Var a = new Var();
            Var b = new Var();
            return new Scheme(Set.of(a, b), make.apply(a, b));
        }

        Type instantiate() {
            Map<Var, Var> fresh = new IdentityHashMap<>();
            for (Var v : quantified) {
                fresh.put(v, new Var());
            }
            return copy(type, fresh);
        }

        private static Type copy(Type t, Map<Var, Var> fresh) {
            t = prune(t);
            if (t instanceof Var v) {
                return fresh.getOrDefault(v, v);
            }
            Con c = (Con) t;
            List<Type> args = new ArrayList<>();
            for (Type a : c.args()) {
                args.add(copy(a, fresh));
            }
            return new Con(c.name(), args);
        }
    }

    /** Print a type, naming its variables a, b, c, ... in order of first appearance. */
    static String show(Type t) {
        return show(t, false, new IdentityHashMap<>());
    }

    private static String show(Type t, boolean leftOfArrow, Map<Var, String> names) {
        t = prune(t);
        if (t instanceof Var v) {
            return names.computeIfAbsent(v, k -> String.valueOf((char) ('a' + names.size())));
        }
        Con c = (Con) t;
        return switch (c.name()) {
            case "->" -> {
                String text = show(c.args().get(0), true, names) + " -> " + show(c.args().get(1), false, names);
                yield leftOfArrow ? "(" + text + ")" : text;
            }
            case "list" -> "[" + show(c.args().get(0), false, names) + "]";
            case "pair" -> "(" + show(c.args().get(0), false, names) + ", "
                    + show(c.args().get(1), false, names) + ")";
            default -> c.name();
        };
    }

    private static final Map<String, Scheme> BUILTINS = new LinkedHashMap<>();

    static {
        Type intOp = arrow(INT, arrow(INT, INT));
        Type compare = arrow(INT, arrow(INT, BOOL));
        Type boolOp = arrow(BOOL, arrow(BOOL, BOOL));
        BUILTINS.put("+", Scheme.mono(intOp));
        BUILTINS.put("-", Scheme.mono(intOp));
        BUILTINS.put("*", Scheme.mono(intOp));
        BUILTINS.put("<", Scheme.mono(compare));
        BUILTINS.put("=", Scheme.mono(compare));
        BUILTINS.put("and", Scheme.mono(boolOp));
        BUILTINS.put("or", Scheme.mono(boolOp));
        BUILTINS.put("not", Scheme.mono(arrow(BOOL, BOOL)));
        // level 4
        BUILTINS.put("cons", Scheme.poly((a, b) -> arrow(a, arrow(list(a), list(a)))));
        BUILTINS.put("head", Scheme.poly((a, b) -> arrow(list(a), a)));
        BUILTINS.put("tail", Scheme.poly((a, b) -> arrow(list(a), list(a))));
        BUILTINS.put("empty", Scheme.poly((a, b) -> arrow(list(a), BOOL)));
        BUILTINS.put("pair", Scheme.poly((a, b) -> arrow(a, arrow(b, pair(a, b)))));
        BUILTINS.put("fst", Scheme.poly((a, b) -> arrow(pair(a, b), a)));
        BUILTINS.put("snd", Scheme.poly((a, b) -> arrow(pair(a, b), b)));
    }

    // Syntax ---------------------------------------------------------------------------------------

    /** A syntax tree node; kind is int, bool, var, if, app, fn, let, letrec or list. */
    record Node(String kind, String value, List<Node> children, List<String> params) {}

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if ("()[]".indexOf(ch) >= 0) {
                tokens.add(String.valueOf(ch));
                i++;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j))
                        && "()[]".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(text.substring(i, j));
                i = j;
            }
        }
        return tokens;
    }

    static boolean isName(String token) {
        return IDENTIFIER.matcher(token).matches() && !INTEGER.matcher(token).matches()
                && !RESERVED.contains(token);
    }

    /** A recursive-descent parser over the token list. */
    static final class Parser {
        private final List<String> tokens;
        private int pos = 0;

        Parser(String text) {
            tokens = tokenize(text);
        }

        Node parseAll() {
            Node node = expression();
            if (pos != tokens.size()) {
                throw new Failure("syntax");
            }
            return node;
        }

        private String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        private String next() {
            if (pos >= tokens.size()) {
                throw new Failure("syntax");
            }
            return tokens.get(pos++);
        }

        private void expect(String token) {
            if (!token.equals(next())) {
                throw new Failure("syntax");
            }
        }

        private Node expression() {
            String token = next();
            if (token.equals("(")) {
                return form();
            }
            if (token.equals("[")) {
                List<Node> items = new ArrayList<>();
                while (peek() != null && !peek().equals("]")) {
                    items.add(expression());
                }
                expect("]");
                return new Node("list", null, items, List.of());
            }
            if (INTEGER.matcher(token).matches()) {
                return new Node("int", token, List.of(), List.of());
            }
            if (token.equals("true") || token.equals("false")) {
                return new Node("bool", token, List.of(), List.of());
            }
            if (isName(token)) {
                return new Node("var", token, List.of(), List.of());
            }
            throw new Failure("syntax");
        }

        /** The inside of a parenthesized form, after its '(', up to and including its ')'. */
        private Node form() {
            String head = peek();
            Node node;
            if ("if".equals(head)) {
                next();
                node = new Node("if", null, List.of(expression(), expression(), expression()), List.of());
            } else if ("fn".equals(head)) {
                next();
                expect("(");
                List<String> params = new ArrayList<>();
                while (peek() != null && isName(peek())) {
                    params.add(next());
                }
                if (params.isEmpty()) {
                    throw new Failure("syntax");
                }
                expect(")");
                node = new Node("fn", null, List.of(expression()), params);
            } else if ("let".equals(head) || "letrec".equals(head)) {
                next();
                String name = next();
                if (!isName(name)) {
                    throw new Failure("syntax");
                }
                node = new Node(head, name, List.of(expression(), expression()), List.of());
            } else {
                List<Node> parts = new ArrayList<>();
                parts.add(expression());
                while (peek() != null && !peek().equals(")")) {
                    parts.add(expression());
                }
                if (parts.size() < 2) {
                    throw new Failure("syntax");
                }
                node = new Node("app", null, parts, List.of());
            }
            expect(")");
            return node;
        }
    }

    // Inference ------------------------------------------------------------------------------------

    private final Map<String, Scheme> definitions = new HashMap<>();

    // Level 1 ------------------------------------------------------------------------------------

    public String infer(String expression) {
        try {
            return show(inferTop(expression));
        } catch (Failure e) {
            return "error: " + e.getMessage();
        }
    }

    // Level 3 ------------------------------------------------------------------------------------

    /** Infer {@code expression}; on success bind {@code name} to its generalized type. */
    public String define(String name, String expression) {
        Type t;
        try {
            if (!isName(name)) {
                throw new Failure("syntax");
            }
            t = inferTop(expression);
        } catch (Failure e) {
            return "error: " + e.getMessage();
        }
        definitions.put(name, new Scheme(freeVars(t, newVarSet()), t));
        return show(t);
    }

    // Internals ----------------------------------------------------------------------------------

    private static Set<Var> newVarSet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private Type inferTop(String expression) {
        Node tree = new Parser(expression).parseAll();
        Map<String, Scheme> env = new HashMap<>(BUILTINS);
        env.putAll(definitions);
        return infer(tree, env);
    }

    private Type infer(Node node, Map<String, Scheme> env) {
        switch (node.kind()) {
            case "int":
                return INT;
            case "bool":
                return BOOL;
            case "var": {
                Scheme scheme = env.get(node.value());
                if (scheme == null) {
                    throw new Failure("unbound " + node.value());
                }
                return scheme.instantiate();
            }
            case "if": {
                unify(infer(node.children().get(0), env), BOOL);
                Type t = infer(node.children().get(1), env);
                unify(t, infer(node.children().get(2), env));
                return t;
            }
            case "app": {
                Type t = infer(node.children().get(0), env);
                for (Node arg : node.children().subList(1, node.children().size())) {
                    Var result = new Var();
                    unify(t, arrow(infer(arg, env), result));
                    t = result;
                }
                return t;
            }
            case "fn": {
                Map<String, Scheme> inner = new HashMap<>(env);
                List<Var> params = new ArrayList<>();
                for (String name : node.params()) {
                    Var v = new Var();
                    params.add(v);
                    inner.put(name, Scheme.mono(v));
                }
                Type t = infer(node.children().get(0), inner);
                for (int i = params.size() - 1; i >= 0; i--) {
                    t = arrow(params.get(i), t);
                }
                return t;
            }
            case "let": {
                Type t = infer(node.children().get(0), env);
                Map<String, Scheme> inner = new HashMap<>(env);
                inner.put(node.value(), generalize(t, env));
                return infer(node.children().get(1), inner);
            }
            case "letrec": {
                Var self = new Var();
                Map<String, Scheme> recursive = new HashMap<>(env);
                recursive.put(node.value(), Scheme.mono(self));
                Type t = infer(node.children().get(0), recursive);
                unify(self, t);
                Map<String, Scheme> inner = new HashMap<>(env);
                inner.put(node.value(), generalize(t, env));
                return infer(node.children().get(1), inner);
            }
            default: { // a list literal
                Var element = new Var();
                for (Node item : node.children()) {
                    unify(element, infer(item, env));
                }
                return list(element);
            }
        }
    }

    /** Quantify the variables of {@code t} that are not free in the environment. */
    private static Scheme generalize(Type t, Map<String, Scheme> env) {
        Set<Var> inEnv = newVarSet();
        for (Scheme scheme : env.values()) {
            Set<Var> free = freeVars(scheme.type(), newVarSet());
            free.removeAll(scheme.quantified());
            inEnv.addAll(free);
        }
        Set<Var> quantified = freeVars(t, newVarSet());
        quantified.removeAll(inEnv);
        return new Scheme(quantified, t);
    }
}
