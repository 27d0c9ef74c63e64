import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Matchup: a small shedding card game engine, extended with all four levels.
 *
 * <p>Reference solution: the starter codebase with action cards (level 1), scoring over several
 * rounds (level 2), wild eights (level 3) and undo (level 4). The refactor that level 4 asks for is
 * already done here: everything that changes during play lives in one {@link Table}, which can
 * copy itself, so a snapshot of the game is a copy of the table and undo restores the previous one.
 */
public class Game {

    static final int HAND_SIZE = 5;
    static final int MIN_PLAYERS = 2;
    static final int MAX_PLAYERS = 6;

    private Table table;
    private final Deque<Table> history = new ArrayDeque<>(); // earlier tables, most recent first

    public Game(int players, List<String> deck) {
        if (players < MIN_PLAYERS || players > MAX_PLAYERS) {
            throw new IllegalArgumentException(
                    players + " players: a game needs " + MIN_PLAYERS + " to " + MAX_PLAYERS);
        }
        List<Card> cards = parseDeck(deck, players);
        table = new Table(players);
        deal(cards, 0);
    }

    // Level 0: the engine as it was --------------------------------------------------------------

    /** Play {@code card} from {@code player}'s hand; false (nothing changes) if not allowed. */
    public boolean play(int player, String card) {
        Card played = playable(player, card);
        if (played == null || !Rules.canPlay(played, table.top(), table.activeSuit)) {
            return false;
        }
        save();
        putDown(player, played, played.suit());
        if (table.winner == null) {
            applyEffect(played);
        }
        return true;
    }

    /**
     * Draw the top card of the deck into {@code player}'s hand and pass the turn. Return the card,
     * or null if it is not {@code player}'s turn (nothing changes) or the deck is empty (the turn
     * passes anyway).
     */
    public String draw(int player) {
        if (!isTurnOf(player)) {
            return null;
        }
        save();
        Card card = table.deck.draw();
        if (card != null) {
            table.players.get(player).take(card);
        }
        advanceTurn(1);
        return card == null ? null : card.toString();
    }

    public List<String> hand(int player) {
        return table.players.get(player).hand.stream().map(Card::toString).toList();
    }

    public String topCard() {
        return table.top().toString();
    }

    public int currentPlayer() {
        return table.current;
    }

    public Integer winner() {
        return table.winner;
    }

    public int deckSize() {
        return table.deck.size();
    }

    // Level 1: action cards ----------------------------------------------------------------------

    public int direction() {
        return table.direction;
    }

    // Level 2: scoring and rounds ----------------------------------------------------------------

    public List<Integer> scores() {
        return table.players.stream().map(p -> p.score).toList();
    }

    /** Return the player ids from the lowest score (best) to the highest; ties by lower id. */
    public List<Integer> standings() {
        return IntStream.range(0, table.players.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> table.players.get(i).score)
                        .thenComparingInt(i -> i))
                .collect(Collectors.toList());
    }

    public int roundNumber() {
        return table.round;
    }

    /** Deal a new round once the current one is over; the next player in id order starts. */
    public boolean newRound(List<String> deck) {
        if (table.winner == null) {
            return false;
        }
        List<Card> cards = parseDeck(deck, table.players.size());
        save();
        table.round++;
        deal(cards, (table.starter + 1) % table.players.size());
        return true;
    }

    // Level 3: wild eights -----------------------------------------------------------------------

    /** Play an 8 on anything, naming the suit the next player must follow. */
    public boolean playWild(int player, String card, String suit) {
        Card played = playable(player, card);
        if (played == null || !played.rank().equals(Rules.WILD) || !Card.SUITS.contains(suit)) {
            return false;
        }
        save();
        putDown(player, played, suit);
        if (table.winner == null) {
            advanceTurn(1);
        }
        return true;
    }

    public String activeSuit() {
        return table.activeSuit;
    }

    // Level 4: undo ------------------------------------------------------------------------------

    /** Go back to the state before the last call that changed the game. */
    public boolean undo() {
        if (history.isEmpty()) {
            return false;
        }
        table = history.pop();
        return true;
    }

    // Internals ----------------------------------------------------------------------------------

    private void save() {
        history.push(table.copy());
    }

    private static List<Card> parseDeck(List<String> deck, int players) {
        List<Card> cards = new ArrayList<>();
        for (String code : deck) {
            cards.add(Card.parse(code));
        }
        if (new HashSet<>(cards).size() != cards.size()) {
            throw new IllegalArgumentException("the deck has a card twice");
        }
        if (cards.size() < players * HAND_SIZE + 1) {
            throw new IllegalArgumentException(
                    cards.size() + " cards are not enough to deal to " + players + " players");
        }
        return cards;
    }

    private void deal(List<Card> cards, int starter) {
        int n = table.players.size();
        table.deck = new Deck(cards);
        for (Player p : table.players) {
            p.hand.clear();
        }
        for (int round = 0; round < HAND_SIZE; round++) {
            for (int offset = 0; offset < n; offset++) {
                table.players.get((starter + offset) % n).take(table.deck.draw());
            }
        }
        table.discard.clear();
        table.discard.add(table.deck.draw());
        table.activeSuit = table.top().suit();
        table.current = starter;
        table.starter = starter;
        table.direction = 1;
        table.winner = null;
    }

    private boolean isTurnOf(int player) {
        return table.winner == null && player == table.current;
    }

    /** The parsed card if it is {@code player}'s turn and the card is in their hand, else null. */
    private Card playable(int player, String card) {
        if (!isTurnOf(player)) {
            return null;
        }
        Card played;
        try {
            played = Card.parse(card);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return table.players.get(player).has(played) ? played : null;
    }

    private void putDown(int player, Card card, String suit) {
        Player p = table.players.get(player);
        p.give(card);
        table.discard.add(card);
        table.activeSuit = suit;
        if (p.hand.isEmpty()) {
            finishRound(player);
        }
    }

    private void finishRound(int winner) {
        table.winner = winner;
        for (Player p : table.players) {
            for (Card card : p.hand) {
                p.score += card.penalty();
            }
        }
    }

    private void applyEffect(Card card) {
        switch (card.rank()) {
            case Rules.SKIP -> advanceTurn(2);
            case Rules.REVERSE -> {
                table.direction = -table.direction;
                advanceTurn(1);
            }
            case Rules.DRAW_TWO -> {
                Player victim = table.players.get(next(1));
                for (int i = 0; i < 2; i++) {
                    Card drawn = table.deck.draw();
                    if (drawn != null) {
                        victim.take(drawn);
                    }
                }
                advanceTurn(2);
            }
            default -> advanceTurn(1);
        }
    }

    private int next(int steps) {
        int n = table.players.size();
        return Math.floorMod(table.current + steps * table.direction, n);
    }

    private void advanceTurn(int steps) {
        table.current = next(steps);
    }
}

/** Everything that changes during play: one object, so that it can be copied for undo. */
final class Table {
    final List<Player> players = new ArrayList<>();
    Deck deck = new Deck(List.of());
    final List<Card> discard = new ArrayList<>(); // the last card is the top
    int current = 0;
    int direction = 1; // 1: increasing ids, -1: decreasing
    String activeSuit = "";
    Integer winner = null;
    int starter = 0; // who played first this round
    int round = 1;

    Table(int players) {
        for (int i = 0; i < players; i++) {
            this.players.add(new Player(i));
        }
    }

    private Table() {}

    Card top() {
        return discard.get(discard.size() - 1);
    }

    Table copy() {
        Table t = new Table();
        for (Player p : players) {
            t.players.add(p.copy());
        }
        t.deck = deck.copy();
        t.discard.addAll(discard);
        t.current = current;
        t.direction = direction;
        t.activeSuit = activeSuit;
        t.winner = winner;
        t.starter = starter;
        t.round = round;
        return t;
    }
}

/** A card: rank 2-10, J, Q, K, A and suit C, D, H, S. */
record Card(String rank, String suit) {
    static final List<String> RANKS =
            List.of("2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A");
    static final List<String> SUITS = List.of("C", "D", "H", "S");

    static Card parse(String code) {
        if (code == null || code.length() < 2) {
            throw new IllegalArgumentException("not a card: " + code);
        }
        String rank = code.substring(0, code.length() - 1);
        String suit = code.substring(code.length() - 1);
        if (!RANKS.contains(rank) || !SUITS.contains(suit)) {
            throw new IllegalArgumentException("not a card: " + code);
        }
        return new Card(rank, suit);
    }

    /** Points this card costs when it is left in hand at the end of someone else's round. */
    int penalty() {
        return switch (rank) {
            case "A" -> 15;
            case "J", "Q", "K" -> 10;
            default -> Integer.parseInt(rank);
        };
    }

    @Override
    public String toString() {
        return rank + suit;
    }
}

/** The draw pile; the first card of the list is the top. */
class Deck {
    private final List<Card> cards;

    Deck(List<Card> cards) {
        this.cards = new ArrayList<>(cards);
    }

    Card draw() {
        return cards.isEmpty() ? null : cards.remove(0);
    }

    int size() {
        return cards.size();
    }

    Deck copy() {
        return new Deck(cards);
    }
}

class Player {
    final int index;
    final List<Card> hand = new ArrayList<>(); // in the order the cards were received
    int score = 0;

    Player(int index) {
        this.index = index;
    }

    boolean has(Card card) {
        return hand.contains(card);
    }

    void take(Card card) {
        hand.add(card);
    }

    void give(Card card) {
        hand.remove(card);
    }

    Player copy() {
        Player p = new Player(index);
        p.hand.addAll(hand);
        p.score = score;
        return p;
    }
}

/** What may be played on what, and which ranks act when played. */
class Rules {
    static final String SKIP = "Q";
    static final String REVERSE = "A";
    static final String DRAW_TWO = "2";
    static final String WILD = "8";

    static boolean canPlay(Card card, Card top, String activeSuit) {
        return card.suit().equals(activeSuit) || card.rank().equals(top.rank());
    }
}
