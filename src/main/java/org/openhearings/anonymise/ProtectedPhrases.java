package org.openhearings.anonymise;

import java.util.List;
import java.util.Set;

/**
 * The words of a text that belong to a fixed phrase ("Chief Constable", "the Bishop of London") or to a
 * place where a place stands ("in Norwich", "Lee-on-the-Solent", "Preston Crown Court"): a listed
 * person's name part among them is not the person, and a capitalised word among them is accounted for.
 * A one-word place counts only beside a place's cue, so "Preston said" is not taken for the town.
 */
public final class ProtectedPhrases {
    private static final Lexicon LEXICON = Lexicon.get();
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "from", "to", "of", "near", "around", "across",
            "outside", "inside", "through", "towards", "toward", "into", "within", "between", "via", "throughout",
            "north", "south", "east", "west", "central", "greater", "rural", "urban");
    private static final Set<String> PLACE_AFTER = Set.of("police", "constabulary", "road", "street", "lane", "avenue",
            "council", "crown", "magistrates", "station", "area", "areas", "city", "town", "county", "borough",
            "district", "branch", "office", "hospital", "university", "college", "school", "park", "airport", "prison",
            "centre", "high", "community", "division", "neighbourhood", "safer", "response", "team", "unit", "custody",
            "court", "courts", "region", "harbour", "port", "beach", "bridge", "market", "based", "man", "woman", "men",
            "women", "resident", "residents", "people", "family", "families", "home", "teenager", "boy", "girl",
            "pensioner", "couple", "driver", "motorist", "shopkeeper", "worker", "workers", "officer", "officers", "pc", "pcso",
            "sergeant", "constable", "detective", "inspector");

    private ProtectedPhrases() {
    }

    /**
     * Per word of a text: inside a fixed phrase; inside a place of the gazetteer (anywhere); inside a place
     * of several words; inside a place where a place stands (several words, or beside a place's cue).
     */
    public record Marks(boolean[] fixed, boolean[] place, boolean[] longPlace, boolean[] placeInContext) {
    }

    public static Marks of(Words words) {
        int size = words.tokens().size();
        Marks marks = new Marks(new boolean[size], new boolean[size], new boolean[size], new boolean[size]);
        mark(LEXICON.fixedPhrases().find(words), marks.fixed());
        List<PhraseIndex.Match> places = LEXICON.places().find(words);
        mark(places, marks.place());
        mark(places.stream().filter(m -> m.to() - m.from() > 1).toList(), marks.longPlace());
        List<PhraseIndex.Match> inContext = new java.util.ArrayList<>();
        int previousEnd = -1;
        for (PhraseIndex.Match m : places) {
            if (m.to() - m.from() > 1 || placeContext(words, m) || listedAfter(words, m, previousEnd)) {
                inContext.add(m);
                previousEnd = m.to();
            }
        }
        mark(inContext, marks.placeInContext());
        return marks;
    }

    /**
     * A place in a list after another place where a place stands: "in Leeds and Bradford", "between
     * Euston and Manchester", or an address's next part, "at Carleton Hall, Penrith".
     */
    private static boolean listedAfter(Words words, PhraseIndex.Match m, int previousEnd) {
        if (m.from() == 0) {
            return false;
        }
        Token before = words.tokens().get(m.from() - 1);
        String gap = words.gapBefore(words.tokens().get(m.from()));
        boolean joinedByWord = (before.text().equals("and") || before.text().equals("or")) && before.index() == previousEnd;
        boolean joinedByComma = gap.startsWith(",") && before.capitalised() && before.index() + 1 == m.from();
        return joinedByWord || joinedByComma && (before.index() + 1 == previousEnd || WordClasses.get().isVocabulary(before.text())
                || Lexicon.get().isFixedWord(before.text()));
    }

    private static void mark(List<PhraseIndex.Match> matches, boolean[] inside) {
        for (PhraseIndex.Match m : matches) {
            for (int i = m.from(); i < m.to(); i++) {
                inside[i] = true;
            }
        }
    }

    private static boolean placeContext(Words words, PhraseIndex.Match m) {
        List<Token> tokens = words.tokens();
        Token before = m.from() > 0 ? tokens.get(m.from() - 1) : null;
        Token after = m.to() < tokens.size() ? tokens.get(m.to()) : null;
        return before != null && PLACE_BEFORE.contains(before.text()) && !before.capitalised()
                || after != null && PLACE_AFTER.contains(after.text());
    }
}
