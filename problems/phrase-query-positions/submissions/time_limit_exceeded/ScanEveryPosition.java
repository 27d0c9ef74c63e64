import java.util.ArrayList;
import java.util.List;

/** Brute force: for every phrase, try every start position of every document: O(phrases * tokens). */
public class ScanEveryPosition {
    public static List<List<Integer>> phraseMatches(String[][] documents, String[][] phrases) {
        List<List<Integer>> answers = new ArrayList<>();
        for (String[] phrase : phrases) {
            List<Integer> hits = new ArrayList<>();
            for (int doc = 0; doc < documents.length; doc++) {
                String[] tokens = documents[doc];
                search:
                for (int start = 0; start + phrase.length <= tokens.length; start++) {
                    for (int k = 0; k < phrase.length; k++) {
                        if (!tokens[start + k].equals(phrase[k])) {
                            continue search;
                        }
                    }
                    hits.add(doc);
                    break;
                }
            }
            answers.add(hits);
        }
        return answers;
    }
}
