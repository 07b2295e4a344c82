package org.mockinterview.resume.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Repairs of extraction artefacts: ligatures, hyphenation, letter-spacing, fake bold and icon glyphs. */
final class TextRepair {

    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}){2,}(?![\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u3000]+");

    private TextRepair() {
    }

    /** False for code points that carry no words: icon fonts' private-use area, emoji, replacement and controls. */
    static boolean isTextual(String unicode) {
        return unicode.codePoints().anyMatch(TextRepair::isTextualCodePoint);
    }

    private static boolean isTextualCodePoint(int cp) {
        if (cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000 || cp == 0xFFFD || cp == 0xFE0F || cp == 0x200D) {
            return false;
        }
        if (cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF) {
            return false;
        }
        return cp == ' ' || !Character.isISOControl(cp);
    }

    /** Strips non-textual code points from a string (used for text pasted with icons). */
    static String dropIcons(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == '\t' || cp == '\n' || isTextualCodePoint(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Removes glyphs drawn again at (almost) the same spot, the "fake bold" trick of some generators, and marks
     * the survivor bold.
     */
    static List<Glyph> dedupOverlaps(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Glyph> out = new ArrayList<>(sorted.size());
        for (Glyph g : sorted) {
            boolean duplicate = false;
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 6; i--) {
                Glyph o = out.get(i);
                if (o.page() == g.page() && o.text().equals(g.text()) && !g.isSpace()
                        && Math.abs(o.y() - g.y()) < 0.25f * g.size()
                        && Math.abs(o.x() - g.x()) < Math.max(0.3f, 0.25f * Math.max(g.width(), 0.3f * g.size()))) {
                    out.set(i, o.withBold());
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                out.add(g);
            }
        }
        return out;
    }

    /** NFKC (expands ligatures and full-width forms), unifies spaces and trims. Soft hyphens are kept for joining. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = n.replace('\u2010', '-').replace('\u2011', '-').replace('\u2212', '-');
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    /** Joins two wrapped line fragments, undoing hyphenation and soft hyphens at the break. */
    static String joinWrapped(String first, String second) {
        String a = first.stripTrailing();
        String b = second.stripLeading();
        if (a.isEmpty()) {
            return removeSoftHyphens(b);
        }
        if (a.endsWith("\u00AD")) {
            return removeSoftHyphens(a.substring(0, a.length() - 1) + b);
        }
        if (a.length() > 1 && a.endsWith("-") && Character.isLetter(a.charAt(a.length() - 2)) && !b.isEmpty()
                && Character.isLowerCase(b.charAt(0))) {
            return removeSoftHyphens(a.substring(0, a.length() - 1) + b);
        }
        if (isCjk(a.codePointBefore(a.length())) && !b.isEmpty() && isCjk(b.codePointAt(0))) {
            return removeSoftHyphens(a + b);
        }
        return removeSoftHyphens(a + " " + b);
    }

    static String removeSoftHyphens(String s) {
        return s.replace("\u00AD", "");
    }

    /** "P R O J E C T S" becomes "PROJECTS"; runs of single letters are words drawn with letter-spacing. */
    static String collapseLetterSpacing(String s) {
        Matcher m = LETTER_SPACED.matcher(s);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            found = true;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(" ", "")));
        }
        m.appendTail(out);
        // word gaps of letter-spaced text are wider than one space; elsewhere wide gaps separate cells
        return found ? out.toString().replaceAll(" {2,}", " ") : s;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
