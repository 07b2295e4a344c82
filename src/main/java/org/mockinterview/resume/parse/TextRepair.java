package org.mockinterview.resume.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
        if (cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x20D0 && cp <= 0x20FF) {
            return false;
        }
        return cp == ' ' || !Character.isISOControl(cp);
    }

    /** True for TABs, other blank controls and zero-width characters that a text layer uses as word spaces. */
    static boolean isWordSpace(String unicode) {
        return !unicode.isEmpty() && unicode.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x200B || cp == 0x200C || cp == 0xFEFF || cp == 0x2060 || cp == 0x00A0);
    }

    /** Dingbat arrows, checks and squares that documents use as list bullets. */
    static boolean isDingbat(String unicode) {
        int cp = unicode.codePointAt(0);
        return cp >= 0x2700 && cp <= 0x27BF || cp >= 0x25A0 && cp <= 0x25FF || cp >= 0xF0A0 && cp <= 0xF0FF;
    }

    /** Strips non-textual code points from a string (used for text pasted with icons). */
    static String dropIcons(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == '\t' || cp == '\n' || isTextualCodePoint(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Removes glyphs drawn again at (almost) the same spot, the "fake bold" trick of some generators, and marks
     * the survivor bold. A copy is offset by less than its own width, while a real double letter ("ll") sits a
     * whole advance further; copies are matched by character wherever they come in the content stream.
     */
    static List<Glyph> dedupOverlaps(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        Map<String, List<Integer>> kept = new HashMap<>();
        List<Glyph> out = new ArrayList<>(sorted.size());
        for (Glyph g : sorted) {
            if (g.isSpace() || g.isIcon()) {
                out.add(g);
                continue;
            }
            // keyed by the character alone (no string built per glyph); copies on another page never match below
            List<Integer> same = kept.computeIfAbsent(g.text(), k -> new ArrayList<>());
            int duplicateOf = -1;
            for (int k = same.size() - 1; k >= 0; k--) {
                Glyph o = out.get(same.get(k));
                if (o.page() != g.page() || g.y() - o.y() > 0.3f * g.size()) {
                    break;
                }
                float tolerance = Math.max(0.35f, 0.6f * Math.max(Math.min(o.width(), g.width()), 0.1f * g.size()));
                if (Math.abs(o.x() - g.x()) < tolerance) {
                    duplicateOf = same.get(k);
                    break;
                }
            }
            if (duplicateOf >= 0) {
                out.set(duplicateOf, out.get(duplicateOf).withBold());
            } else {
                same.add(out.size());
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

    /** An all-capitals word run in title case ("BELLANDI" → "Bellandi", "DE LUCA" → "De Luca"); other text as is. */
    static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT)) || s.codePoints().noneMatch(Character::isLetter)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int cp : s.codePoints().toArray()) {
            out.appendCodePoint(start ? cp : Character.toLowerCase(cp));
            start = !Character.isLetter(cp);
        }
        return out.toString();
    }
}
