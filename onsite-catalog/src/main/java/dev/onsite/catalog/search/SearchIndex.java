package dev.onsite.catalog.search;

import dev.onsite.catalog.card.Deck;
import dev.onsite.catalog.company.CompanyDirectory;
import dev.onsite.catalog.content.SpokenContent;
import dev.onsite.catalog.insight.Insight;
import dev.onsite.catalog.practice.PracticeItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index over companies, loops, rounds, reported questions, policies, insights,
 * practice items and cards, ranked by BM25 with field boosts (title over tags over body), with
 * company names matched loosely ("open ai", "deepmind", "antropic") and snippets that mark the
 * matched terms.
 */
public final class SearchIndex implements AutoCloseable {

  /** Marks around matched terms in snippets. */
  public static final String MARK_START = "**";

  public static final String MARK_END = "**";

  private static final float TITLE_BOOST = 3.0f;

  /**
   * Card questions are titles too, but long ones full of common words ("explain ... with a
   * number"): boosted less, so that a card does not outrank a fact that matches more of the query.
   */
  private static final float CARD_TITLE_BOOST = 2.0f;

  private static final float TAGS_BOOST = 1.8f;
  private static final float BODY_BOOST = 1.0f;
  private static final float SELF_NAME_BOOST = 6.0f;
  private static final float ABOUT_NAME_BOOST = 1.5f;
  private static final int SNIPPET_CHARS = 220;

  /**
   * Lucene logs a warning on first use when the JDK's vector module is not enabled; it says nothing
   * about search results, so keep it off the command line's stderr. Held here so it is not
   * collected.
   */
  private static final java.util.logging.Logger VECTORIZATION_LOG =
      quiet("org.apache.lucene.internal.vectorization");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private final Analyzer analyzer;
  private final Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;
  private final int size;

  /** Every company name key in the index, for typo matching: a few hundred short strings. */
  private final List<String> selfKeys;

  private final List<String> aboutKeys;

  private SearchIndex(Analyzer analyzer, DirectoryReader reader, int size) {
    this.analyzer = analyzer;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.size = size;
    this.selfKeys = terms(reader, "self_key");
    this.aboutKeys = terms(reader, "about_key");
    this.stored = stored(reader);
    this.highlighter =
        new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, " … ", false))
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false)
                .withMaxLength(HIGHLIGHT_CHARS)
                .withScorer(new PassageScores())) {
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docs.nextDoc()) {
              CharSequence[] row = new CharSequence[fields.length];
              for (int f = 0; f < fields.length; f++) {
                row[f] = stored[doc].highlighted(fields[f]);
              }
              values.add(row);
            }
            return values;
          }
        };
  }

  /**
   * Lucene's passage score (BM25 over the passage's terms, times the position norm), computed
   * without the hash it builds per passage: that hash allocates a 32 KB block for every candidate
   * passage, over half of what a search allocated. A passage holds a handful of matches, so its
   * distinct terms are found by comparing them; the terms are summed in the same order, in double,
   * as {@link PassageScorer#score} does, so the scores are the same to the bit.
   */
  static final class PassageScores extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDocument = passage.getMatchTermFreqsInDoc();
      double score = 0;
      for (int i = 0; i < matches; i++) {
        if (seenBefore(terms, i)) {
          continue;
        }
        int inPassage = 1;
        for (int j = i + 1; j < matches; j++) {
          if (terms[j].bytesEquals(terms[i])) {
            inPassage++;
          }
        }
        score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[i]);
      }
      return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
      for (int j = 0; j < i; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The stored fields of every document, read once. Lucene keeps them compressed in blocks, and a
   * search read each hit's twice (the highlighter, then the hit): about 3 MB decompressed per
   * search of 20 hits, a young collection every five or six searches on the server's small heap.
   */
  private final Stored[] stored;

  private static final int HIGHLIGHT_CHARS = 20_000;

  /** What a hit shows, and the text its snippet is cut from. */
  private record Stored(
      String type,
      String id,
      String display,
      String companyId,
      String round,
      String source,
      String title,
      String body,
      String highlightedBody) {

    /** A field's value as the highlighter reads it: at most its first HIGHLIGHT_CHARS. */
    CharSequence highlighted(String field) {
      return switch (field) {
        case "body" -> highlightedBody;
        case "title" -> title;
        default -> null;
      };
    }
  }

  private static Stored[] stored(DirectoryReader reader) {
    try {
      StoredFields fields = reader.storedFields();
      Stored[] all = new Stored[reader.maxDoc()];
      for (int doc = 0; doc < all.length; doc++) {
        Document d = fields.document(doc);
        String body = d.get("body");
        all[doc] =
            new Stored(
                d.get("type"),
                d.get("id"),
                d.get("display"),
                d.get("company_id"),
                d.get("round"),
                d.get("source"),
                d.get("title"),
                body,
                body == null || body.length() <= HIGHLIGHT_CHARS
                    ? body
                    : body.substring(0, HIGHLIGHT_CHARS));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the in-memory search index", e);
    }
  }

  /**
   * Index everything the catalog holds; practice item company names are resolved through {@code
   * companies}.
   */
  public static SearchIndex build(
      CompanyDirectory companies, List<Insight> insights, List<PracticeItem> items) {
    return build(companies, insights, items, List.of(), SpokenContent.EMPTY);
  }

  /** Index everything: card decks and the spoken rounds' prompts, questions, values, follow-ups. */
  public static SearchIndex build(
      CompanyDirectory companies,
      List<Insight> insights,
      List<PracticeItem> items,
      List<Deck> decks,
      SpokenContent spoken) {
    Analyzer analyzer = new EnglishAnalyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    List<Doc> docs = new ArrayList<>(Documents.of(companies, insights, items, decks));
    docs.addAll(SpokenDocuments.of(companies, spoken));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Doc doc : docs) {
        writer.addDocument(lucene(doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory search index", e);
    }
    try {
      return new SearchIndex(analyzer, DirectoryReader.open(directory), docs.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the in-memory search index", e);
    }
  }

  /** Release the index; searching afterwards fails. */
  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory search index", e);
    }
  }

  /** How many documents the index holds. */
  public int size() {
    return size;
  }

  /**
   * Stored text whose postings carry offsets, so the highlighter reads passages from the index
   * instead of analyzing each hit's whole body again (that re-analysis was most of a search's
   * time).
   */
  private static final FieldType HIGHLIGHTED = highlighted();

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static Document lucene(Doc doc) {
    Document d = new Document();
    d.add(new StringField("type", doc.type().id(), Field.Store.YES));
    d.add(new StoredField("id", doc.id()));
    d.add(new Field(doc.type() == HitType.CARD ? "card_title" : "title", doc.title(), HIGHLIGHTED));
    d.add(new StoredField("display", doc.display()));
    d.add(new TextField("tags", String.join(" ; ", doc.tags()), Field.Store.NO));
    d.add(new Field("body", doc.body(), HIGHLIGHTED));
    doc.companyIds().forEach(id -> d.add(new StringField("company", id, Field.Store.NO)));
    if (doc.companyIds().size() == 1) {
      d.add(new StoredField("company_id", doc.companyIds().get(0)));
    }
    doc.rounds().forEach(round -> d.add(new StringField("rounds", round, Field.Store.NO)));
    if (doc.round() != null) {
      d.add(new StoredField("round", doc.round()));
    }
    if (doc.source() != null) {
      d.add(new StoredField("source", doc.source()));
    }
    doc.selfKeys().forEach(key -> d.add(new StringField("self_key", key, Field.Store.NO)));
    doc.aboutKeys().forEach(key -> d.add(new StringField("about_key", key, Field.Store.NO)));
    return d;
  }

  /**
   * Search the index.
   *
   * @param companyNames resolves a company id to its display name for the hits
   * @return the hits, best first; empty when the query has no searchable words
   */
  public List<SearchHit> search(
      SearchRequest request, java.util.function.Function<String, String> companyNames) {
    Query text = query(request.query());
    if (text == null) {
      return List.of();
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (!request.types().isEmpty()) {
      filtered.add(
          new TermInSetQuery(
              "type", request.types().stream().map(t -> new BytesRef(t.id())).toList()),
          Occur.FILTER);
    }
    if (request.companyId() != null) {
      filtered.add(new TermQuery(new Term("company", request.companyId())), Occur.FILTER);
    }
    if (request.round() != null) {
      filtered.add(new TermQuery(new Term("rounds", request.round().id())), Occur.FILTER);
    }
    Query query = filtered.build();
    try {
      TopDocs top = searcher.search(query, request.limit());
      Map<String, String[]> snippets =
          highlighter.highlightFields(new String[] {"body", "title"}, text, top, new int[] {1, 1});
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc scoreDoc = top.scoreDocs[i];
        Stored doc = stored[scoreDoc.doc];
        String companyId = doc.companyId();
        String snippet = snippet(snippets.get("body")[i], snippets.get("title")[i], doc.body());
        hits.add(
            new SearchHit(
                HitType.byId(doc.type()).orElseThrow(),
                doc.id(),
                doc.display(),
                companyId,
                companyId == null ? null : companyNames.apply(companyId),
                doc.round(),
                snippet,
                doc.source(),
                Math.round(scoreDoc.score * 1000.0) / 1000.0));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed on the in-memory index", e);
    }
  }

  /**
   * Build the relevance query: each analyzed term matched over title, tags and body (best field
   * wins, boosted by field), a phrase bonus, and company names matched by their squashed keys,
   * exactly or within a typo or two.
   */
  Query query(String text) {
    List<String> terms = analyze(analyzer, "body", text);
    List<String> rawWords = analyze(words, "raw", text);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (String term : new LinkedHashSet<>(terms)) {
      query.add(
          new DisjunctionMaxQuery(
              List.of(
                  new BoostQuery(new TermQuery(new Term("title", term)), TITLE_BOOST),
                  new BoostQuery(new TermQuery(new Term("card_title", term)), CARD_TITLE_BOOST),
                  new BoostQuery(new TermQuery(new Term("tags", term)), TAGS_BOOST),
                  new BoostQuery(new TermQuery(new Term("body", term)), BODY_BOOST)),
              0.2f),
          Occur.SHOULD);
      clauses++;
    }
    if (terms.size() > 1) {
      query.add(
          new BoostQuery(new PhraseQuery(2, "title", terms.toArray(String[]::new)), TITLE_BOOST),
          Occur.SHOULD);
      query.add(
          new BoostQuery(new PhraseQuery(2, "body", terms.toArray(String[]::new)), BODY_BOOST),
          Occur.SHOULD);
    }
    for (String key : nameKeys(rawWords)) {
      query.add(
          new BoostQuery(new TermQuery(new Term("self_key", key)), SELF_NAME_BOOST), Occur.SHOULD);
      query.add(
          new BoostQuery(new TermQuery(new Term("about_key", key)), ABOUT_NAME_BOOST),
          Occur.SHOULD);
      if (key.length() >= 5) {
        int edits = key.length() >= 8 ? 2 : 1;
        for (String near : near(selfKeys, key, edits)) {
          query.add(
              new BoostQuery(new TermQuery(new Term("self_key", near)), SELF_NAME_BOOST / 2),
              Occur.SHOULD);
        }
        for (String near : near(aboutKeys, key, edits)) {
          query.add(
              new BoostQuery(new TermQuery(new Term("about_key", near)), ABOUT_NAME_BOOST / 2),
              Occur.SHOULD);
        }
      }
      clauses++;
    }
    if (clauses == 0) {
      return null;
    }
    return query.setMinimumNumberShouldMatch(1).build();
  }

  /**
   * The keys within {@code edits} of {@code key} (insertions, deletions, substitutions and swaps of
   * neighbours), sharing its first letter, itself excluded: what a FuzzyQuery with prefix length 1
   * would expand to. Comparing against the few hundred keys directly costs microseconds; a
   * FuzzyQuery built its Levenshtein automaton on every search, which was most of a search's time.
   */
  static List<String> near(List<String> keys, String key, int edits) {
    List<String> out = new ArrayList<>();
    for (String candidate : keys) {
      if (!candidate.equals(key)
          && candidate.charAt(0) == key.charAt(0)
          && Math.abs(candidate.length() - key.length()) <= edits
          && distance(candidate, key, edits) <= edits) {
        out.add(candidate);
      }
    }
    return out;
  }

  /** Optimal string alignment distance, or {@code limit + 1} as soon as it must exceed limit. */
  static int distance(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }

  private static List<String> terms(DirectoryReader reader, String field) {
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      List<String> out = new ArrayList<>();
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
          out.add(term.utf8ToString());
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index's " + field + " terms", e);
    }
  }

  /**
   * Every run of one to three neighbouring words squashed together: "open ai" gives open, ai,
   * openai.
   */
  private static Set<String> nameKeys(List<String> words) {
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      StringBuilder key = new StringBuilder();
      for (int n = 0; n < 3 && i + n < words.size(); n++) {
        key.append(words.get(i + n).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
        if (key.length() >= 2) {
          keys.add(key.toString());
        }
      }
    }
    return keys;
  }

  private static List<String> analyze(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze the query", e);
    }
    return out;
  }

  /**
   * The body passage with a match, else the title's, else the start of the body; at most a few
   * lines.
   */
  private static String snippet(String body, String title, String rawBody) {
    String chosen =
        body != null && body.contains(MARK_START)
            ? body
            : title != null && title.contains(MARK_START)
                ? title
                : body != null ? body : rawBody == null ? "" : rawBody;
    chosen = chosen.strip();
    if (chosen.length() <= SNIPPET_CHARS) {
      return chosen;
    }
    int mark = Math.max(0, chosen.indexOf(MARK_START));
    int start = Math.max(0, Math.min(mark - SNIPPET_CHARS / 3, chosen.length() - SNIPPET_CHARS));
    start = start == 0 ? 0 : Math.max(start, chosen.indexOf(' ', start) + 1);
    int end = Math.min(chosen.length(), start + SNIPPET_CHARS);
    int space = chosen.lastIndexOf(' ', end);
    if (end < chosen.length() && space > start + SNIPPET_CHARS / 2) {
      end = space;
    }
    String cut = chosen.substring(start, end);
    if (count(cut, MARK_START) % 2 == 1) {
      cut = cut + MARK_END;
    }
    return (start > 0 ? "…" : "") + cut + (end < chosen.length() ? "…" : "");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
