package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the work-history tables of a Japanese 職務経歴書: each employer's name and period on a line of its own, a
 * line or two about the company, then a table under "期間 ‖ 業務内容 ‖ …" with one row per role. A row opens with
 * its period; the department and the role sit under the period or open the duties cell ("部∕役職"). Each row comes
 * out as a resume prints an entry: the role with its period, the employer, then the duties as bullets.
 */
final class ShokumuKeireki {

    /** Department, group and team names, which sit beside the role but are not it. */
    private static final Pattern DEPARTMENT = Pattern.compile(".*(?:部|課|室|グループ|チーム|センター|本部|部門|局|事業所)$");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("\\s*[∕/／]\\s*");

    /** One role being read: its period, the pieces under the period, and the duties. */
    private static final class Row {
        final String dates;
        final TextLine first;
        final List<String> under = new ArrayList<>();
        final List<TextLine> duties = new ArrayList<>();
        /** The pieces of the columns after the duties: tools ("開発環境") or the role and team size. */
        final List<String> after = new ArrayList<>();

        Row(String dates, TextLine first) {
            this.dates = dates;
            this.first = first;
        }
    }

    private ShokumuKeireki() {
    }

    /** The lines with every 職務経歴書 table read as entries; unchanged when there is no such table. */
    static List<TextLine> read(List<TextLine> lines) {
        if (lines.stream().noneMatch(ShokumuKeireki::isHeader)) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>();
        String company = null;
        TextLine header = null;
        Row row = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (isHeader(line)) {
                header = line.withCells(line.cells(), columnStarts(lines, i));
                continue;
            }
            Optional<String> employer = employer(lines, i);
            if (employer.isPresent() || header != null && endsTable(line, header)) {
                // a new employer or a section heading ends the table
                flush(out, row, company);
                row = null;
                header = null;
                if (employer.isPresent()) {
                    company = employer.get();
                    i = skipToHeader(lines, i);
                    continue;
                }
            }
            if (header == null) {
                out.add(line);
                continue;
            }
            float duties = header.cellX().get(Math.min(1, header.cellX().size() - 1));
            Optional<DatePatterns.Found> date = DatePatterns.find(line.cells().get(0));
            if (line.x0() < duties - 3 && date.isPresent() && date.get().start() == 0) {
                flush(out, row, company);
                row = new Row(date.get().value(), line);
                String rest = line.cells().get(0).substring(date.get().end()).strip();
                List<String> cells = new ArrayList<>(line.cells());
                List<Float> xs = new ArrayList<>(line.cellX());
                if (rest.isEmpty()) {
                    cells.removeFirst();
                    xs.removeFirst();
                } else {
                    // the period ran into the duties cell: "2019年7月〜2022年2月 データ基盤部∕…"
                    cells.set(0, rest);
                    xs.set(0, duties);
                }
                add(row, cells, xs, duties, header, line);
            } else if (row != null) {
                add(row, line.cells(), line.cellX(), duties, header, line);
            } else {
                out.add(line);
            }
        }
        flush(out, row, company);
        return out;
    }

    /**
     * Where each column of the table under the header at i starts: at its header when a cell starts there (a
     * header set flush left), else at the leftmost cell between the previous header and its own (a centred one).
     */
    private static List<Float> columnStarts(List<TextLine> lines, int i) {
        List<Float> headerX = lines.get(i).cellX();
        List<Float> starts = new ArrayList<>(headerX);
        starts.set(0, Float.MAX_VALUE);
        List<Boolean> flushLeft = new ArrayList<>(java.util.Collections.nCopies(headerX.size(), false));
        for (int j = i + 1; j < lines.size() && !isHeader(lines.get(j)) && employer(lines, j).isEmpty(); j++) {
            if (endsTable(lines.get(j), lines.get(i))) {
                break;
            }
            for (float x : lines.get(j).cellX()) {
                int c = 0;
                while (c < headerX.size() && headerX.get(c) + 3 < x) {
                    c++;
                }
                if (c < headerX.size()) {
                    starts.set(c, Math.min(starts.get(c), x));
                    flushLeft.set(c, flushLeft.get(c) || Math.abs(x - headerX.get(c)) <= 3);
                }
            }
        }
        if (starts.get(0) == Float.MAX_VALUE) {
            starts.set(0, headerX.get(0));
        }
        for (int c = 0; c < headerX.size(); c++) {
            if (flushLeft.get(c)) {
                starts.set(c, headerX.get(c));
            }
        }
        return starts;
    }

    /** A section heading after the table: set larger, or a heading's words alone ("■学歴" in plain text). */
    private static boolean endsTable(TextLine line, TextLine header) {
        return line.hasFont() && line.size() > header.size() + 1.5f
                || line.cells().size() == 1 && HeadingVocabulary.kindOf(line.text().replaceFirst("^[■□●◆◇▼]\\s*", "")).isPresent();
    }

    /** "期間 ‖ 業務内容 ‖ 開発環境": the header row of a work-history table. */
    private static boolean isHeader(TextLine line) {
        List<String> cells = line.cells().stream().map(String::strip).toList();
        return cells.size() >= 2 && (cells.getFirst().equals("期間") || cells.getFirst().equals("在籍期間"))
                && cells.stream().anyMatch(c -> c.contains("業務内容") || c.contains("職務内容") || c.contains("担当業務"));
    }

    /**
     * The employer a line names with its period ("株式会社アオバ(2019年4月〜現在)", "株式会社アオバ ‖ 2016年4月〜2019年3月")
     * when a table's header follows within a few lines; otherwise empty.
     */
    private static Optional<String> employer(List<TextLine> lines, int i) {
        TextLine line = lines.get(i);
        Optional<DatePatterns.Found> date = DatePatterns.find(line.text());
        if (date.isEmpty() || date.get().start() == 0 || isHeader(line)) {
            return Optional.empty();
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
            if (isHeader(lines.get(j))) {
                String name = line.text().substring(0, date.get().start()).replaceAll("[\\s(（‖|]+$", "").strip();
                return name.isEmpty() ? Optional.empty() : Optional.of(name);
            }
            if (DatePatterns.find(lines.get(j).text()).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The index of the line before the next table header: the company's own details are no entry. */
    private static int skipToHeader(List<TextLine> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && !isHeader(lines.get(j))) {
            j++;
        }
        return j - 1;
    }

    /** A row's cells: under the period (department, role) or in the duties column; later columns name tools. */
    private static void add(Row row, List<String> cells, List<Float> xs, float duties, TextLine header, TextLine line) {
        // plain text knows no x: its cells count the columns, and a line indented past the row's own is duties
        boolean byIndex = !line.hasFont();
        int first = byIndex && (line == row.first || xs.getFirst() > row.first.x0() + 1) ? 1 : 0;
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c).strip();
            if (text.isEmpty()) {
                continue;
            }
            int column = byIndex ? first + c : xs.get(c) < duties - 3 ? 0 : TableColumns.column(xs.get(c), header.cellX());
            if (column == 0) {
                row.under.add(text);
            } else if (column == 1) {
                row.duties.add(line.withCells(List.of(text), List.of(xs.get(c))));
            } else {
                row.after.add(text);
            }
        }
    }

    /** The row as an entry: the role and period, the employer, then each duty as a bullet. */
    private static void flush(List<TextLine> out, Row row, String company) {
        if (row == null) {
            return;
        }
        List<TextLine> duties = new ArrayList<>(row.duties);
        String role = String.join("", row.under.stream().filter(p -> !DEPARTMENT.matcher(p).matches()).toList());
        if (role.isEmpty() && !duties.isEmpty()) {
            // "品質管理部 分析課∕データサイエンティスト" or the role alone: the duties cell opens with the role
            String[] parts = ROLE_SEPARATOR.split(duties.getFirst().text().strip());
            String last = parts[parts.length - 1];
            if (last.length() <= 30 && (parts.length >= 2 || TitleLexicon.titleScore(last) > 0)) {
                role = last;
                duties.removeFirst();
            }
        }
        TextLine style = row.first;
        float x = style.x0();
        out.add(new TextLine(List.of(role.isEmpty() ? row.dates : role, row.dates).subList(0, role.isEmpty() ? 1 : 2),
                role.isEmpty() ? List.of(x) : List.of(x, x + 300), style.size(), true, x, 8, style.page(), style.x1()));
        if (company != null) {
            out.add(line(company, style, 0));
        }
        for (TextLine duty : duties) {
            out.add(line("• " + duty.text().strip(), style, 0));
        }
        String after = String.join(" ", row.after);
        if (!EntityLexicon.technologies(after).isEmpty()) {
            // the tools column ("Python, SQL" over "LightGBM"); a role-and-scale column ("メンバー (5名)") names none
            out.add(line("• " + after, style, 0));
        }
    }

    private static TextLine line(String text, TextLine style, float gap) {
        return new TextLine(List.of(text), List.of(style.x0()), style.size(), false, style.x0(), gap, style.page(),
                style.x1());
    }
}
