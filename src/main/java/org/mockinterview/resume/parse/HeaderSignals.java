package org.mockinterview.resume.parse;

import static org.mockinterview.resume.parse.EntryGrouper.BULLET;

import java.util.List;
import java.util.regex.Pattern;

/** The signs that a line of a section heads an entry rather than continuing one: style, dates, indents, captions. */
final class HeaderSignals {

    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** A school entry's grade or coursework line: "GPA: 3.7/4.0", "Dean's List (Fall 2023)", "Coursework: …". */
    private static final Pattern GRADE_LINE = Pattern.compile(
            "(?i)(?:c?gpa|grade point average|final grade|grades?|dean['’]?s list|(?:relevant )?coursework)\\b\\s*[:(]?");
    /** A labelled list under a project's title: "Tools: X, Y", "Stack: Z". */
    private static final Pattern CAPTION = Pattern.compile("^\\p{L}[\\p{L} &/]{0,24}:\\s");

    private final float bodySize;
    private final boolean bodyBold;

    HeaderSignals(float bodySize, boolean bodyBold) {
        this.bodySize = bodySize;
        this.bodyBold = bodyBold;
    }

    /**
     * An unstyled line over an unstyled line that opens with a date heads the next entry (fonts without bold: CJK).
     * A bold dated line opens its entry by itself, and the line above it is the previous entry's text.
     */
    static boolean overDates(List<TextLine> lines, int i) {
        String text = lines.get(i).text();
        // a line holding a sentence break ("… modelli lineari. Link: …") is a description wrapping, not a title
        return i + 1 < lines.size() && isShort(text) && !Sentences.hasOne(text) && !DatePatterns.hasDate(text)
                && !lines.get(i).bold() && !lines.get(i + 1).bold() && opensWithDate(lines.get(i + 1));
    }

    /** A project title left of the previous project's bullets, in fonts without bold (CJK). */
    static boolean leftOfBullets(List<TextLine> lines, int i) {
        TextLine line = lines.get(i);
        String text = line.text();
        return i > 0 && BULLET.matcher(lines.get(i - 1).text()).lookingAt() && line.x0() < lines.get(i - 1).x0() - 2
                && isShort(text) && !text.contains(":") && !Sentences.endsOne(text)
                && !Character.isLowerCase(text.codePointAt(0));
    }

    /** "Label: something": a caption of up to four words, its colon, then the text it labels. */
    private static final Pattern LABELLED = Pattern.compile("^([^:]{2,40}?)\\s*:\\s*\\S");

    /** "Herramientas: Python, Kafka": the list of an entry's tools under its text, which heads no entry. */
    static boolean isStackCaption(String text) {
        java.util.regex.Matcher m = LABELLED.matcher(text.strip());
        return m.lookingAt() && ProjectNames.namesTools(m.group(1).strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A caption ("Tools: ...") closes a project's header: a title-like line after it is the next project. */
    static boolean afterCaption(TextLine line, Entry current) {
        return current.header.size() >= 2 && isShort(line.text())
                && CAPTION.matcher(current.header.get(current.header.size() - 1).text()).lookingAt()
                && !CAPTION.matcher(line.text()).lookingAt();
    }

    /** A list item styled or dated like a header whose following lines are an indented, unbulleted body. */
    boolean isBulletedHeader(TextLine line, List<TextLine> lines, int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        TextLine next = lines.get(index + 1);
        // a lowercase next line is the item wrapping, and a header is a few words, not a sentence
        // "1. Acme — Intern (May 2024 – Aug. 2024)" over text indented past the item's own wrap: a numbered entry
        float em = line.hasFont() ? line.size() : 1;
        boolean hangingBody = DatePatterns.hasDate(line.prose()) && next.x0() >= line.x0() + 1.5f * em
                && line.cells().get(0).split("\\s+").length <= 20;
        boolean bodyFollows = !BULLET.matcher(next.text()).lookingAt() && !isHeaderish(next)
                && !Character.isLowerCase(next.text().codePointAt(0))
                && (line.cells().get(0).split("\\s+").length <= 12 || hangingBody);
        boolean styled = line.hasFont() && line.bold() && !bodyBold && !next.bold();
        boolean dated = line.cells().size() >= 2 && DatePatterns.hasDate(line.cells().get(line.cells().size() - 1));
        return bodyFollows && (styled || dated || hangingBody) && !Sentences.endsOne(line.prose());
    }

    boolean isHeaderish(TextLine line) {
        String text = line.text();
        if (GRADE_LINE.matcher(text).lookingAt()) {
            return false; // "GPA: 3.7/4.0; Dean's List (Fall 2022 – Spring 2024)": a school entry's detail, dated or not
        }
        var date = DatePatterns.find(text);
        // a year inside a sentence ("later used in the 2021 budget.", "Won the … prize (2020) for …") heads
        // nothing: the sentence wraps from the line above, or is long with the year in its second half (a header's
        // dates come early: "ukcal-dim (open source, 2020–present). A calendar …")
        boolean sentence = !line.bold() && line.boldRun() == null && (Sentences.endsOne(text)
                && (Character.isLowerCase(text.codePointAt(0)) || text.split("\\s+").length >= 10
                        && date.map(d -> d.start() > text.length() / 2).orElse(false))
                // "Co-organised the … Summer School 2023 (60 participants)": an unbulleted line of what was done
                || Sentences.opensWithPastTense(text)) && !ExperienceFields.toldAsSentence(text);
        if (date.isPresent() && text.length() < 120 && !sentence) {
            return true;
        }
        if (line.hasFont()) {
            // larger than the body: a header; smaller only as a short label in capitals ("MASTER OF ARTS"): a
            // section may be set smaller throughout, and a small line under a title is its caption or tools
            float larger = line.size() - bodySize;
            return line.bold() && !bodyBold || larger >= 0.75f && text.length() < 100
                    || larger <= -0.75f && isShort(text) && isCapitals(text);
        }
        return isShort(text) && !text.matches(".*[.,;:]$") && !Character.isLowerCase(text.codePointAt(0));
    }

    boolean isSubTitle(TextLine line, List<TextLine> lines, int index, Entry current) {
        String text = line.text();
        if (DatePatterns.hasDate(text) || !isShort(text) || Sentences.endsOne(text)) {
            return false;
        }
        if (text.matches("(?i)^projects?\\s*[:\\-–].*")) {
            return true;
        }
        for (int j = index + 1; j < Math.min(lines.size(), index + 3); j++) {
            String next = lines.get(j).text();
            if (BULLET.matcher(next).lookingAt()) {
                break;
            }
            if (DatePatterns.hasDate(next)) {
                return false;
            }
        }
        if (current.header.isEmpty()) {
            return false; // an entry of body text only has no title to sit under
        }
        TextLine first = current.header.get(0);
        boolean nextIsBullet = index + 1 < lines.size() && BULLET.matcher(lines.get(index + 1).text()).lookingAt();
        return nextIsBullet && !(sameStyle(line, first) && line.x0() <= first.x0() + 2);
    }

    /**
     * Two project titles in a row: the line is styled like the entry's title (a bold line at its left edge, or
     * beside a gutter date, at the text's edge) and every header line since differs from it, so the first
     * project had no text of its own beyond a caption ("Stack: ...").
     */
    static boolean titleAgain(TextLine line, Entry current, List<TextLine> lines) {
        TextLine title = current.header.get(0);
        if (!line.hasFont() || !line.bold() || DatePatterns.isOnlyDate(line.text()) || current.hasBody()
                || current.header.size() == 1 && HeaderParts.wrapsTitle(title, line, lines)) {
            return false;
        }
        float titleX = title.cellX().get(title.cells().size() > 1 && DatePatterns.isOnlyDate(title.cells().get(0)) ? 1 : 0);
        boolean aligned = Math.abs(line.x0() - titleX) <= 2;
        return aligned && title.bold() && Math.abs(line.size() - title.size()) < 0.5f
                && current.header.stream().skip(1).noneMatch(h -> h.bold());
    }

    /** A line that is only a date, or a short dated header line ("Title  |  2020 – 2023"), not a list item. */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");

    static boolean opensWithDate(TextLine next) {
        String t = next.text();
        // "April 2023 - Present (2 years 9 months)": the stay's length in brackets after its dates adds no words
        java.util.regex.Matcher length = BRACKETED_TAIL.matcher(t);
        if (length.find() && DatePatterns.isDuration(length.group(1).strip())
                && DatePatterns.isOnlyDate(t.substring(0, length.start()))) {
            return true;
        }
        if (DatePatterns.isOnlyDate(t)) {
            return true;
        }
        var date = DatePatterns.find(t);
        return next.cells().size() >= 2 && date.isPresent()
                && isShort(t.substring(0, date.get().start()) + t.substring(date.get().end()))
                && !BULLET.matcher(t).lookingAt() && !Character.isLowerCase(t.codePointAt(0));
    }

    static boolean sameStyle(TextLine a, TextLine b) {
        return a.bold() == b.bold() && Math.abs(a.size() - b.size()) < 0.5f;
    }

    static boolean isCapitals(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2
                && text.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    /** The full stop, comma and semicolon of CJK prose: a line holding one is a sentence, not a title. */
    private static final Pattern CJK_CLAUSE = Pattern.compile("[。，；、,]");

    static boolean isShort(String text) {
        long cjk = text.codePoints().filter(TextRepair::isCjk).count();
        if (cjk == 0) {
            return text.split("\\s+").length <= 8;
        }
        // a bilingual title ("数据工程师 Data Engineer"): a Latin word counts as about
        // two characters of a CJK line, whose words are not spaced
        long latinWords = java.util.Arrays.stream(text.split("\\s+")).filter(w -> LATIN.matcher(w).find()).count();
        return cjk + 2 * latinWords <= 30 && !CJK_CLAUSE.matcher(text).find();
    }

    /**
     * A row of tags (pills or chips: "Python ‖ DuckDB ‖ YAML ‖ data quality"): three or more cells of at most three
     * words, none plain regular text set bold, no date. It describes the entry above; it opens none.
     */
    static boolean isTagRow(TextLine line) {
        return line.cells().size() >= 3 && !DatePatterns.hasDate(line.text()) && !line.bold() && shortCells(line);
    }

    /**
     * A row of chips naming the entry's tools, in any weight ("PyTorch ‖ ONNX ‖ FastAPI" under a card): at least half
     * its cells name a technology or a method. A table's row or header ("Name ‖ Summary ‖ Stack") names few.
     */
    static boolean isToolRow(TextLine line) {
        if (line.cells().size() < 3 || !shortCells(line) || DatePatterns.hasDate(line.text())) {
            return false; // most lines, cheaply: the lexicon's scan runs only on rows of short cells
        }
        long tools = line.cells().stream().filter(c -> !EntityLexicon.technologies(c).isEmpty()
                || !EntityLexicon.methods(c).isEmpty()).count();
        return tools * 2 >= line.cells().size();
    }

    private static boolean shortCells(TextLine line) {
        return line.cells().stream().allMatch(c -> !c.isBlank() && c.strip().split("\\s+").length <= 3);
    }

    /** Parts of a list of tools or keywords: "Go · Kafka · HAProxy", "Kotlin | Compose | Room", "SQL, dbt, Airflow". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s[·|•/]\\s|,\\s");

    /**
     * True when the one header line of {@code current} is an undated list of short parts and {@code line}, a dated
     * header, follows it: the list was the last line of the entry before (a card's tools), not this entry's title.
     */
    static boolean closesPrevious(Entry current, TextLine line, java.util.List<Entry> entries) {
        if (current.header.size() != 1 || entries.size() < 2 || !entries.get(entries.size() - 2).hasBody()
                || current.headerHasDate() || !DatePatterns.hasDate(line.text()) || DatePatterns.isOnlyDate(line.text())) {
            return false;
        }
        TextLine list = current.header.get(0);
        // the dated line carries the card's title style; the tools line under the card above is plain
        if (!line.hasFont() || list.bold() || !line.bold() && line.size() < list.size() + 0.5f) {
            return false;
        }
        String[] parts = LIST_SEPARATOR.split(list.prose());
        return parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(p -> !p.isBlank() && p.strip().split("\\s+").length <= 3);
    }
}
