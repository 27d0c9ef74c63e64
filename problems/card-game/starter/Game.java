import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Matchup: a small shedding card game engine.
 *
 * <p>This is the existing codebase you are asked to extend. It works: it deals, keeps track of
 * turns, checks that plays are legal and ends the game when a player runs out of cards. Read it
 * before you change it; the statement of each level says what to add.
 *
 * <p>Rules as implemented:
 *
 * <ul>
 *   <li>Cards are written rank + suit: ranks 2-10, J, Q, K, A; suits C, D, H, S ("10H", "QS").
 *   <li>Each player is dealt 5 cards, one at a time, starting with player 0; then the next card of
 *       the deck is turned over to start the discard pile.
 *   <li>Player 0 plays first, then 1, 2, ... and back to 0.
 *   <li>On your turn you either play a card from your hand that matches the top of the discard pile
 *       by suit or by rank, or draw the top card of the deck. Either way, the turn passes.
 *   <li>Drawing from an empty deck draws nothing; the turn still passes.
 *   <li>The first player to empty their hand wins, and the game is over.
 * </ul>
 */
public class Game {

    static final int HAND_SIZE = 5;
    static final int MIN_PLAYERS = 2;
    static final int MAX_PLAYERS = 6;

    private final List<Player> players = new ArrayList<>();
    private final Deck deck;
    private final List<Card> discard = new ArrayList<>(); // the last card is the top
    private int current = 0;
    private Integer winner = null;

    public Game(int players, List<String> deck) {
        if (players < MIN_PLAYERS || players > MAX_PLAYERS) {
            throw new IllegalArgumentException(
                    players + " players: a game needs " + MIN_PLAYERS + " to " + MAX_PLAYERS);
        }
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
        for (int i = 0; i < players; i++) {
            this.players.add(new Player(i));
        }
        this.deck = new Deck(cards);
        for (int round = 0; round < HAND_SIZE; round++) {
            for (Player player : this.players) {
                player.take(this.deck.draw());
            }
        }
        discard.add(this.deck.draw());
    }

    /** Play {@code card} from {@code player}'s hand; false (nothing changes) if not allowed. */
    public boolean play(int player, String card) {
        if (!isTurnOf(player)) {
            return false;
        }
        Card played;
        try {
            played = Card.parse(card);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Player hand = players.get(player);
        if (!hand.has(played) || !Rules.canPlay(played, discard.get(discard.size() - 1))) {
            return false;
        }
        hand.give(played);
        discard.add(played);
        if (hand.hand.isEmpty()) {
            winner = player;
        } else {
            advanceTurn();
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
        Card card = deck.draw();
        if (card != null) {
            players.get(player).take(card);
        }
        advanceTurn();
        return card == null ? null : card.toString();
    }

    public List<String> hand(int player) {
        List<String> out = new ArrayList<>();
        for (Card card : players.get(player).hand) {
            out.add(card.toString());
        }
        return out;
    }

    public String topCard() {
        return discard.get(discard.size() - 1).toString();
    }

    public int currentPlayer() {
        return current;
    }

    public Integer winner() {
        return winner;
    }

    public int deckSize() {
        return deck.size();
    }

    private boolean isTurnOf(int player) {
        return winner == null && player == current;
    }

    private void advanceTurn() {
        current = (current + 1) % players.size();
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
}

class Player {
    final int index;
    final List<Card> hand = new ArrayList<>(); // in the order the cards were received

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
}

/** What may be played on what. */
class Rules {
    static boolean canPlay(Card card, Card top) {
        return card.suit().equals(top.suit()) || card.rank().equals(top.rank());
    }
}
