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

    static List<String> skills(List<TextLine> lines) {
        List<List<String>> streams = streams(lines);
        Set<String> out = new LinkedHashSet<>();
        for (List<String> stream : streams) {
            boolean delimited = stream.stream().anyMatch(s -> LISTED.matcher(s).find());
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < stream.size(); k++) {
                String raw = stream.get(k);
                String line = EntryGrouper.BULLET.matcher(raw).replaceFirst("").strip();
                if (line.isEmpty()) {
                    continue;
                }
                boolean subHeading = delimited && !line.matches(".*[,;|•·▪:].*") && line.split("\\s+").length <= 3
                        && (HeadingClassifier.isCaps(line) || k + 1 < stream.size()
                                && LISTED.matcher(stream.get(k + 1)).find());
                if (subHeading || line.endsWith(":")) {
                    joined.append(" ; ");
                    continue;
                }
                boolean wrapped = delimited && joined.length() > 0 && Character.isLowerCase(line.codePointAt(0));
                joined.append(wrapped ? " " : " ; ").append(stripLabel(line));
            }
            for (String item : splitItems(joined.toString())) {
                String s = item.strip().replaceAll("^(?i)and\\s+", "").replaceAll("[.;:]+$", "").strip();
                if (!s.isEmpty() && s.length() <= 60 && s.split("\\s+").length <= 6) {
                    out.add(s);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Cells of a multi-column skills table are read column by column, matched by their x position. */
    private static List<List<String>> streams(List<TextLine> lines) {
        List<Float> starts = new ArrayList<>();
        List<List<String>> streams = new ArrayList<>();
        java.util.Set<Integer> notLabels = new java.util.HashSet<>();
        for (TextLine line : lines) {
            String rest = String.join(" ", line.cells().subList(1, line.cells().size()));
            boolean labelled = line.cells().size() >= 2 && !LISTED.matcher(line.cells().get(0)).find()
                    && LISTED.matcher(rest).find();
            for (int i = 0; i < line.cells().size(); i++) {
                float x = line.cellX().get(i);
                int index = -1;
                for (int s = 0; s < starts.size(); s++) {
                    if (Math.abs(starts.get(s) - x) <= 15f) {
                        index = s;
                        break;
                    }
                }
                if (index < 0) {
                    starts.add(x);
                    streams.add(new ArrayList<>());
                    index = starts.size() - 1;
                }
                streams.get(index).add(line.cells().get(i));
                if (i > 0 || !labelled) {
                    notLabels.add(index);
                }
            }
        }
        // a column that only ever labels a list beside it ("Programming ‖ Python, R, SQL") holds no skills
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            if (notLabels.contains(s) || streams.get(s).size() < 2) {
                out.add(streams.get(s));
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
