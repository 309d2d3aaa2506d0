package org.openhearings.anonymise;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw field made plain before anything reads it, and published as such: markup taken out (HTML tags
 * and comments, entities decoded once, markdown's emphasis marks), invisible and direction-control
 * characters dropped, an emoji or symbol between two letters dropped, and each character in its
 * compatibility form (NFKC: stylised mathematical letters and full-width forms become plain letters).
 * So "J&lt;b&gt;", "J<b>ohn</b>", "𝐉𝐨𝐡𝐧" and "Jo😀hn" all read "John" to every later check. Each character
 * remembers its offset in the raw text, so a refusal can point into what the operator wrote.
 */
public final class PlainText {
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[A-Za-z][^<>]{0,200}>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…"), Map.entry("pound", "£"),
            Map.entry("euro", "€"), Map.entry("shy", "\u00AD"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"));
    private static final String MARKDOWN = "*_~`";

    private final String text;
    private final int[] rawOffsets;

    private PlainText(String text, int[] rawOffsets) {
        this.text = text;
        this.rawOffsets = rawOffsets;
    }

    public static PlainText of(String raw) {
        Builder out = new Builder(raw.length());
        Matcher tag = TAG.matcher(raw);
        Matcher entity = ENTITY.matcher(raw);
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '<' && tag.region(i, raw.length()).lookingAt()) {
                i = tag.end();
                continue;
            }
            if (raw.charAt(i) == '&' && entity.region(i, raw.length()).lookingAt()) {
                String decoded = decode(entity);
                if (decoded != null) {
                    out.addNormalised(decoded, i);
                    i = entity.end();
                    continue;
                }
            }
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!dropped(cp, raw, i, next)) {
                out.addNormalised(new String(Character.toChars(cp)), i);
            }
            i = next;
        }
        return new PlainText(out.text.toString(), Arrays.copyOf(out.offsets, out.text.length() + 1));
    }

    public String text() {
        return text;
    }

    /** The offset in the raw text of this text's character at {@code index} (the raw length at the end). */
    public int rawOffset(int index) {
        return index >= text.length() ? rawOffsets[text.length()] : rawOffsets[index];
    }

    private static String decode(Matcher entity) {
        try {
            if (entity.group(1) != null || entity.group(2) != null) {
                int cp = entity.group(1) != null ? Integer.parseInt(entity.group(1)) : Integer.parseInt(entity.group(2), 16);
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return NAMED.get(entity.group(3).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean dropped(int cp, String raw, int at, int next) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r') {
            return true;
        }
        if (MARKDOWN.indexOf(cp) >= 0) {
            return true;
        }
        boolean symbol = type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.SURROGATE
                || cp >= 0x1F000 || cp >= 0xFE00 && cp <= 0xFE0F;
        return symbol && letterBefore(raw, at) && letterAfter(raw, next);
    }

    private static boolean letterBefore(String raw, int at) {
        int i = at;
        while (i > 0) {
            int cp = raw.codePointBefore(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            if (!isDroppable(cp)) {
                return false;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    private static boolean letterAfter(String raw, int at) {
        int i = at;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            if (!isDroppable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Emoji, their modifiers and joiners: a run of them between two letters is dropped whole. */
    private static boolean isDroppable(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.FORMAT
                || cp >= 0x1F000 || cp >= 0xFE00 && cp <= 0xFE0F || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static final class Builder {
        final StringBuilder text;
        int[] offsets;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            offsets = new int[capacity + 8];
        }

        void addNormalised(String piece, int rawAt) {
            String normal = Normalizer.normalize(piece, Normalizer.Form.NFKC);
            for (int k = 0; k < normal.length(); k++) {
                if (text.length() + 1 >= offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[text.length()] = rawAt;
                text.append(normal.charAt(k));
            }
            offsets[text.length()] = rawAt + 1;
        }
    }
}
