package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the history table of a Japanese 履歴書 (the JIS form): rows of year ‖ month ‖ event under 学歴 and 職歴,
 * where a school is entered (入学) and left (卒業, 修了) on rows of its own, and a job is joined (入社) and left
 * (退社, or 現在に至る) with the role in the line under it ("…エンジニアとして…"). The rows come out as a resume
 * prints entries: a heading per part, then each school or job on a dated header line, its role or programme below.
 */
final class Rirekisho {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}|(?:令和|平成|昭和)\\s*(?:\\d{1,2}|元)");
    private static final Pattern MONTH = Pattern.compile("\\d{1,2}");
    private static final Pattern ENTER = Pattern.compile("\\s*(?:入学|編入学|入社|入職|入行|入所|就職)$");
    private static final Pattern LEAVE = Pattern.compile("\\s*(?:卒業|修了|中退|退学|満期退学|退社|退職|退所)$");
    private static final Pattern REASON = Pattern.compile("\\s*(?:一身上の都合により|会社都合により|契約満了により)");
    private static final Pattern ROLE = Pattern.compile("([^\\s、。]{2,30}?)として");

    private enum Part { NONE, EDUCATION, WORK }

    /** One school or job being read. */
    private static final class Item {
        final String name;
        final String rest;
        String from;
        String to;
        String role;
        final List<String> notes = new ArrayList<>();

        Item(String name, String rest) {
            this.name = name;
            this.rest = rest;
        }
    }

    private Rirekisho() {
    }

    /** The lines with a 履歴書's history table read as entries; unchanged when there is no such table. */
    static List<TextLine> read(List<TextLine> lines) {
        List<TextLine> rows = lines.stream().filter(Rirekisho::isRow).toList();
        if (rows.size() < 3 || lines.stream().noneMatch(l -> part(l) == Part.WORK)) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>();
        Part part = Part.NONE;
        List<Item> items = new ArrayList<>();
        TextLine style = rows.getFirst(); // the rows' type: what the entries read out of them are set in
        for (TextLine line : lines) {
            if (line.cells().size() >= 3 && line.cells().get(0).strip().equals("氏")
                    && line.cells().get(1).strip().equals("名")) {
                // the form's name field, its label split into two cells: the name, set as a name is
                out.add(line(line.cells().get(2).strip(), style.size() + 6, true, 0, line));
                continue;
            }
            if (line.text().strip().startsWith("記入上の注意") || line.text().strip().startsWith("※")) {
                continue; // the form's printed instructions and its optional-field marks
            }
            Part p = part(line);
            if (p != Part.NONE) {
                flush(out, part, items, style);
                part = p;
                continue;
            }
            if (isHeaderRow(line) && line.cells().size() == 3 && part == Part.NONE) {
                // "年 ‖ 月 ‖ 免許・資格": a later table of the form, headed by its third cell
                out.add(line(line.cells().get(2).strip(), style.size() + 2, true, 12, line));
                continue;
            }
            if (part == Part.NONE) {
                out.add(line);
                continue;
            }
            if (line.text().strip().equals("以上")) {
                // "以上": the end of the history
                flush(out, part, items, style);
                part = Part.NONE;
                continue;
            }
            if (isRow(line)) {
                String date = line.cells().get(0).replaceAll("\\s+", "") + "年" + line.cells().get(1) + "月";
                String text = String.join(" ", line.cells().subList(2, line.cells().size())).strip();
                event(items, text, date, part);
            } else if (isHeaderRow(line)) {
                // "年 ‖ 月 ‖ 学歴・職歴": the history table's own header
                continue;
            } else if (!items.isEmpty() && line.cells().size() == 1) {
                Item last = items.getLast();
                String note = line.text().strip();
                if (note.contains("現在に至る")) {
                    last.to = "現在";
                } else {
                    Matcher role = ROLE.matcher(note);
                    if (role.find() && last.role == null) {
                        last.role = role.group(1).replaceFirst("^.*[にでの]", "");
                    }
                    last.notes.add(note);
                }
            } else {
                flush(out, part, items, style);
                part = Part.NONE;
                out.add(line);
            }
        }
        flush(out, part, items, style);
        return out;
    }

    private static void event(List<Item> items, String text, String date, Part part) {
        String bare = REASON.matcher(text).replaceAll("");
        Matcher enter = ENTER.matcher(bare);
        Matcher leave = LEAVE.matcher(bare);
        boolean leaving = leave.find();
        String what = enter.find() ? bare.substring(0, enter.start()) : leaving ? bare.substring(0, leave.start()) : bare;
        String[] words = what.strip().split("\\s+", 2);
        String name = words[0];
        String rest = words.length > 1 ? words[1] : "";
        if (name.startsWith("同") && !items.isEmpty()) {
            // "同大学院": the same school's graduate school; "同社": the same company
            String previous = items.getLast().name;
            String suffix = name.substring(1);
            name = suffix.isEmpty() || suffix.equals("社") || previous.endsWith(suffix) ? previous
                    : previous.replaceFirst("(大学)(院)?$", "$1") + suffix.replaceFirst("^大学", "");
        }
        Item open = null;
        for (Item i : items) {
            if (i.to == null && i.name.equals(name) && (part == Part.WORK || i.rest.equals(rest))) {
                open = i;
            }
        }
        if (leaving && open != null) {
            open.to = date;
        } else if (leaving) {
            Item done = new Item(name, rest);
            done.to = date;
            items.add(done);
        } else {
            Item started = new Item(name, rest);
            started.from = date;
            items.add(started);
        }
    }

    /** The part a heading row opens: 学歴 or 職歴, printed with spaces between the characters. */
    private static Part part(TextLine line) {
        String t = line.text().replaceAll("\\s+", "");
        return t.equals("学歴") ? Part.EDUCATION : t.equals("職歴") ? Part.WORK : Part.NONE;
    }

    private static boolean isRow(TextLine line) {
        return line.cells().size() >= 3 && YEAR.matcher(line.cells().get(0).strip()).matches()
                && MONTH.matcher(line.cells().get(1).strip()).matches();
    }

    private static boolean isHeaderRow(TextLine line) {
        return line.cells().size() >= 3 && line.cells().get(0).strip().equals("年")
                && line.cells().get(1).strip().equals("月");
    }

    /** The part as a resume prints it: its heading, then each item's dated header and its role or programme. */
    private static void flush(List<TextLine> out, Part part, List<Item> items, TextLine style) {
        if (part == Part.NONE || items.isEmpty()) {
            items.clear();
            return;
        }
        float size = style.size();
        out.add(line(part == Part.WORK ? "職歴" : "学歴", size + 2, true, 12, style));
        for (Item i : items) {
            String dates = (i.from == null ? "" : i.from) + (i.to == null ? "" : " – " + i.to);
            String second = part == Part.WORK ? i.role : i.rest;
            out.add(new TextLine(dates.isBlank() ? List.of(i.name) : List.of(i.name, dates.strip()),
                    dates.isBlank() ? List.of(style.x0()) : List.of(style.x0(), style.x0() + 300), size, true,
                    style.x0(), 8, style.page(), style.x1()));
            if (second != null && !second.isBlank()) {
                out.add(line(second, size, false, 0, style));
            }
            for (String note : i.notes) {
                out.add(line(note, size, false, 0, style));
            }
        }
        items.clear();
    }

    private static TextLine line(String text, float size, boolean bold, float gap, TextLine style) {
        return new TextLine(List.of(text), List.of(style.x0()), size, bold, style.x0(), gap, style.page(), style.x1());
    }
}
