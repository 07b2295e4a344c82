package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the skills listed in skills sections: lists split on commas, bullets and pipes, labels stripped. */
final class SkillsExtractor {

    private SkillsExtractor() {
    }

    /** A separator of listed items: the text holds a list, not one skill. */
    private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile("[,;|•·▪]");
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^()]*\\)");

    static List<String> skills(List<TextLine> lines) {
        Set<String> out = new LinkedHashSet<>();
        for (SkillColumn column : columns(lines)) {
            List<String> stream = column.cells();
            boolean delimited = stream.stream().anyMatch(SkillsExtractor::listed);
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < stream.size(); k++) {
                String raw = stream.get(k);
                String line = EntryGrouper.BULLET.matcher(raw).replaceFirst("").strip();
                boolean item = line.length() < raw.strip().length(); // a bulleted line is an item of its own
                if (line.isEmpty()) {
                    continue;
                }
                // an item whose bracket is still open ("Cloud (AWS, GCP," over "Azure)") goes on here
                if (!item && unclosed(joined)) {
                    joined.append(' ').append(line);
                    continue;
                }
                // a lone item beside a label ("ETL ‖ Informatica") is no heading of the list under it
                boolean subHeading = delimited && !item && !column.besideLabels() && !line.matches(".*[,;|•·▪:].*") && line.split("\\s+").length <= 3
                        && (HeadingClassifier.isCaps(line) || k + 1 < stream.size()
                                && listed(stream.get(k + 1)));
                if (subHeading || line.endsWith(":")) {
                    joined.append(" ; ");
                    continue;
                }
                boolean wrapped = (delimited || column.tight().get(k)) && !item && !column.besideLabels() && joined.length() > 0
                        && Character.isLowerCase(line.codePointAt(0));
                joined.append(wrapped ? " " : " ; ").append(stripLabel(line));
            }
            for (String item : splitItems(joined.toString())) {
                String s = item.strip().replaceAll("^(?i)and\\s+", "").replaceAll("[.;:]+$", "").strip();
                if (!s.isEmpty() && s.length() <= 60 && s.split("\\s+").length <= 6 && !isRating(s)) {
                    out.add(s);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A line listing several items; commas inside brackets ("SQL (T-SQL, Snowflake)") belong to one item. */
    private static boolean listed(String line) {
        return LISTED.matcher(BRACKETED.matcher(line).replaceAll("")).find();
    }

    /** A level printed under or beside a skill: dots, stars or bars, a score, or a word alone ("Advanced", "Básico"). */
    private static final java.util.regex.Pattern RATING = java.util.regex.Pattern.compile("(?iu)[●○◉◯★☆✩✪■□▪▫◆◇⬤◦•\\s]+"
            + "|\\d+(?:[.,]\\d+)?\\s*(?:/\\s*\\d+|%)|(?:very good|good|excellent|expert|advanced|intermediate|beginner|basic"
            + "|proficient|skilled|skillful|experienced|novice|fair|strong|avançado|avançada|intermediário|intermediária|básico"
            + "|básica|avanzado|avanzada|intermedio|intermedia|experto|experta|fortgeschritten|grundkenntnisse|sehr gut|gut"
            + "|experte|débutant|débutante|confirmé|confirmée|intermédiaire|avancé|avancée|esperto|avanzato|intermedio|base)");

    private static boolean isRating(String item) {
        return RATING.matcher(item).matches();
    }

    /** One column of a skills table, and whether each of its cells sits right of another on its line (a value). */
    private record SkillColumn(List<String> cells, boolean besideLabels, List<Boolean> tight) {
    }

    /** Cells of a multi-column skills table are read column by column, matched by their x position. */
    private static List<SkillColumn> columns(List<TextLine> lines) {
        List<Float> starts = new ArrayList<>();
        List<List<String>> streams = new ArrayList<>();
        // a line set much closer under the one above than items are to each other is that item's wrapped rest
        float[] gaps = new float[lines.size()];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = lines.get(i).gapAbove();
        }
        java.util.Arrays.sort(gaps);
        float typicalGap = gaps.length == 0 ? 0 : gaps[gaps.length / 2];
        List<List<Boolean>> tight = new ArrayList<>();
        List<TextLine> previous = new ArrayList<>(); // per column, the line of its last cell (a label is set apart)
        // per column, counted: [0] cells, [1] cells labelling a list beside them, [2] cells that could label
        // (short, first on their line, more beside them), [3] cells right of another on their line
        List<int[]> counts = new ArrayList<>();
        for (TextLine line : lines) {
            String rest = String.join(" ", line.cells().subList(1, line.cells().size()));
            boolean labelling = line.cells().size() >= 2 && !LISTED.matcher(line.cells().get(0)).find()
                    && line.cells().get(0).strip().split("\\s+").length <= 4;
            boolean labelled = labelling && LISTED.matcher(rest).find();
            for (int i = 0; i < line.cells().size(); i++) {
                float x = line.cellX().get(i);
                int index = -1;
                for (int s = 0; s < starts.size(); s++) {
                    if (Math.abs(starts.get(s) - x) <= 15f) {
                        index = s;
                        break;
                    }
                }
                for (int s = 0; s < starts.size() && index < 0 && i == 0 && labelled; s++) {
                    // labels set flush right start where their length puts them: they join the labels column
                    if (counts.get(s)[2] == counts.get(s)[0]) {
                        index = s;
                    }
                }
                if (index < 0) {
                    starts.add(x);
                    streams.add(new ArrayList<>());
                    tight.add(new ArrayList<>());
                    previous.add(null);
                    counts.add(new int[4]);
                    index = starts.size() - 1;
                }
                streams.get(index).add(line.cells().get(i));
                TextLine above = previous.get(index);
                tight.get(index).add(i == 0 && line.hasFont() && typicalGap > 1f && line.gapAbove() < 0.5f * typicalGap
                        && above != null && above.bold() == line.bold() && Math.abs(above.size() - line.size()) < 0.5f);
                previous.set(index, line);
                int[] c = counts.get(index);
                c[0]++;
                c[1] += i == 0 && labelled ? 1 : 0;
                c[2] += i == 0 && labelling ? 1 : 0;
                c[3] += i > 0 ? 1 : 0;
            }
        }
        // a column that only labels what is beside it ("Programming ‖ Python, R, SQL", "ETL ‖ Informatica") holds
        // no skills: each of its cells opens a row, and most of them a list
        List<SkillColumn> out = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            int[] c = counts.get(s);
            boolean labels = c[2] == c[0] && c[1] * 3 >= c[0] * 2 && c[0] >= 2;
            if (!labels) {
                out.add(new SkillColumn(streams.get(s), c[3] == c[0], tight.get(s)));
            }
        }
        return out;
    }

    private static String stripLabel(String line) {
        int colon = line.indexOf(':');
        if (colon > 0 && colon < line.length() - 1 && line.substring(0, colon).split("\\s+").length <= 4) {
            return line.substring(colon + 1).strip();
        }
        // "Processing — Apache Spark, Flink": a short label set off by a spaced dash before a list
        java.util.regex.Matcher dash = DASH_LABEL.matcher(line);
        if (dash.lookingAt() && line.indexOf(',', dash.end()) > 0) {
            return line.substring(dash.end()).strip();
        }
        return line;
    }

    private static final java.util.regex.Pattern DASH_LABEL = java.util.regex.Pattern.compile(
            "^[\\p{L}&/ ]{2,30}?\\s+[–—]\\s+");

    /** True when the text opens more brackets than it closes. */
    private static boolean unclosed(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** Splits on list separators outside parentheses, so "SQLite (SQLAlchemy, Alembic)" stays one skill. */
    private static List<String> splitItems(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && ",;|•·・▪、，".indexOf(c) >= 0) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }
}
