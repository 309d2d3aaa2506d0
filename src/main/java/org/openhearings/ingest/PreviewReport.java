package org.openhearings.ingest;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.openhearings.anonymise.ScreenRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The operator's preview of one record (src/main/jte/ingest-preview.jte): each free-text field as it would
 * be published, every replacement highlighted with what it replaced, every refusal at its place with its
 * rule, and the marks that would resolve it. It shows the raw text's names: it is written to the
 * operator's own disk, never stored or logged.
 */
public final class PreviewReport {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A stretch of a field's text: as it is, replaced (with its replacement), or refused (with the rule). */
    public record Piece(String text, String replacement, String rule, String why) {
        public boolean replaced() {
            return replacement != null;
        }

        public boolean refused() {
            return rule != null;
        }
    }

    public record FieldView(String name, List<Piece> pieces) {
    }

    /** A mark the operator may add: which list, and the text to add. */
    public record Suggestion(String where, String text) {
    }

    public record View(String record, boolean publishable, List<FieldView> fields, List<String> refusals,
                       List<Suggestion> suggestions) {
    }

    private PreviewReport() {
    }

    public static String html(String record, AnonymisationReview review) {
        List<FieldView> fields = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (AnonymisationReview.Field field : review.fields()) {
            if (field.marks().isEmpty() && field.text().isBlank()) {
                continue;
            }
            fields.add(new FieldView(field.name(), pieces(field, suggestions)));
        }
        List<String> refusals = review.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
        StringOutput out = new StringOutput();
        TEMPLATES.render("ingest-preview.jte", new View(record, refusals.isEmpty(), fields, refusals,
                suggestions.stream().distinct().toList()), out);
        return out.toString();
    }

    private static List<Piece> pieces(AnonymisationReview.Field field, List<Suggestion> suggestions) {
        List<AnonymisationReview.Mark> marks = new ArrayList<>(field.marks());
        marks.sort(Comparator.comparingInt(AnonymisationReview.Mark::start));
        List<Piece> pieces = new ArrayList<>();
        String text = field.text();
        int at = 0;
        for (AnonymisationReview.Mark mark : marks) {
            if (mark.start() < at) {
                continue; // inside a mark already shown
            }
            if (mark.start() > at) {
                pieces.add(new Piece(text.substring(at, mark.start()), null, null, null));
            }
            String marked = text.substring(mark.start(), mark.end());
            if (mark.rule() == null) {
                pieces.add(new Piece(marked, mark.replacement(), null, null));
            } else {
                pieces.add(new Piece(marked, null, code(mark.rule()), mark.rule().description() + "; " + mark.rule().remedy()));
                suggest(mark.rule(), marked, suggestions);
            }
            at = Math.max(at, mark.end());
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, null, null));
        }
        return pieces;
    }

    /** A name-like refusal is resolved by listing the person or marking the phrase; an identifier by taking it out. */
    private static void suggest(ScreenRule rule, String marked, List<Suggestion> into) {
        switch (rule) {
            case UNKNOWN_CAPITALISED, UNKNOWN_WORD, POSSIBLE_NAME, TITLE_AND_NAME, INITIALS, AMBIGUOUS_NAME -> {
                into.add(new Suggestion("otherPeople (if it is a person)", "{\"name\": \"" + marked + "\", \"role\": \"…\"}"));
                into.add(new Suggestion("notNames (if it is not a name)", "\"" + marked + "\""));
            }
            default -> into.add(new Suggestion("reword the text", "take out: " + marked));
        }
    }

    private static String code(ScreenRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
