package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mockinterview.resume.parse.TableColumns.Column;

/** Column headers of resume tables ("Organization ‖ Designation ‖ Duration"): what each names, and header rows. */
final class ColumnHeaders {

    // Keys are folded as FormLabels folds them. A degree is read as an education entry's title, an institution
    // as its organization.
    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        // beyond the field labels of a form (FormLabels), which name the same columns too
        put(Column.TITLE, "designation", "title", "post", "course", "examination", "exam", "program", "programme",
                "degree / course", "course / degree", "exam title", "examination title", "degree title", "qualification / degree", "degree / certificate", "puesto",
                "funcao", "position / role", "role / position",
                // degree columns of other languages' education tables
                "titulo", "titulo obtenido", "derece", "jenjang", "gelar", "bang cap", "chuyen nganh / bang cap",
                "bang cap / chuyen nganh",
                // a projects table: "Project ‖ Tools ‖ Outcome"
                "project", "project name", "project title", "nama proyek",
                // the same header in the other languages read here
                "proyecto", "projeto", "projet", "projekt", "progetto", "proyek", "proje", "nombre del proyecto");
        put(Column.ORGANIZATION, "organization", "organisation", "company name", "organization name",
                "organisation name", "firm", "institute", "college", "school / college", "college / university",
                "institute / university", "university / institute", "name of institution", "entreprise",
                "institucion", "instituicao", "etablissement", "name of school", "school name", "school",
                "university name", "name of university", "okul", "universite", "institusi", "truong", "universidad",
                "universidade", "colegio", "escuela");
        put(Column.DATES, "duration", "from - to", "from-to", "tenure", "year", "years", "year of passing",
                "passing year", "timeline", "annee", "ano", "jahr", "year of", "year graduated", "year completed",
                "inclusive dates", "inclusive years", "years attended", "graduation year", "year of graduation",
                "year of completion", "anos", "pas.year", "pass.year", "pas. year", "tarih", "tahun", "thoi gian", "nam", "yil",
                "durasi", "duracion", "duracao", "durata", "dauer", "sure", "periodo", "zeitraum",
                // a form's start and end columns, joined into one range
                "from", "to", "start", "end", "end date", "von", "bis", "desde", "hasta", "de", "a");
        put(Column.ORGANIZATION_THEN_TITLE, "employer & role", "employer / role", "company & role", "company / role",
                "company & position", "company / position", "organisation & role", "organization & role",
                "employer and role", "company and role", "company & title", "organisation / role");
        put(Column.TITLE_THEN_ORGANIZATION, "role & employer", "role / employer", "role & company", "role / company",
                "position & company", "position / company", "title & company", "role and company",
                "role & organisation", "role & organization");
        put(Column.OTHER, "board", "board / university", "university / board", "cgpa", "gpa", "cgpa / %", "cgpa %",
                "percentage", "%", "marks", "result", "score", "remarks", "cgpa / percentage", "percentage / cgpa",
                "specialization", "specialisation", "major", "stream", "team size", "domain", "level", "nivel",
                "bolum", "jurusan", "nilai", "ipk / nilai", "not ortalamasi", "xep loai", "honors", "honours",
                "class / division", "division", "marks obtained", "concentration", "concentration/major",
                "concentration / major", "major / concentration", "group / subject", "subject",
                // a serial-number column ("S.No", "Sl. No.")
                "s.no", "sl. no", "sr. no", "no",
                // the candidate's part in a projects table
                "peran", "rol", "papel", "rolle", "ruolo", "vai tro");
        put(Column.TEXT, "highlights", "description", "details", "key achievements", "key contributions",
                "contributions", "work done", "summary", "duties", "what i did",
                "tools", "tools used", "stack", "tech stack", "technologies", "outcome", "outcomes", "impact", "teknologi",
                "tecnologias", "tecnologia", "descripcion", "descricao", "beschreibung", "technologien", "deskripsi",
                "keterangan", "mo ta", "cong nghe", "aciklama", "teknolojiler", "herramientas", "ferramentas",
                "tecnologie", "descrizione", "resultados", "resultado", "ergebnis");
    }

    private ColumnHeaders() {
    }

    private static void put(Column column, String... headers) {
        for (String h : headers) {
            HEADERS.put(FormLabels.fold(h), column);
        }
    }

    /**
     * A header row in which two narrow headers ran into one cell ("Year Percentage"): that cell split in two, its
     * second part placed by its share of the letters, when that makes the row a header row. Other lines unchanged.
     */
    static TextLine withMergedHeadersSplit(TextLine line) {
        if (line.cells().size() < 2) {
            return line;
        }
        // each cell named once: a header row has no unnamed cell, so exactly one is what this looks for
        List<Column> named = line.cells().stream().map(ColumnHeaders::header).toList();
        int i = named.indexOf(null);
        if (i < 0 || named.lastIndexOf(null) != i) {
            return line;
        }
        List<String> cells = new ArrayList<>(line.cells());
        List<Float> xs = new ArrayList<>(line.cellX());
        String[] words = cells.get(i).strip().split("\\s+");
        for (int cut = 1; cut < words.length; cut++) {
            String first = String.join(" ", List.of(words).subList(0, cut));
            String second = String.join(" ", List.of(words).subList(cut, words.length));
            if (header(first) != null && header(second) != null) {
                float end = i + 1 < xs.size() ? xs.get(i + 1) - 4 : line.x1();
                float share = (float) (first.length() + 1) / cells.get(i).strip().length();
                cells.set(i, first);
                cells.add(i + 1, second);
                xs.add(i + 1, xs.get(i) + share * (end - xs.get(i)));
                TextLine split = line.withCells(cells, xs);
                return isHeaderRow(split) ? split : line;
            }
        }
        return line;
    }

    /** Two or more cells, each a column header, naming at least two of title, organization and dates. */
    static boolean isHeaderRow(TextLine line) {
        return isHeaderRow(line.cells());
    }

    /**
     * A row of column headers with cells on both sides of x: a table runs across there, which is no gutter between
     * page columns however little its short rows cross it.
     */
    static boolean headerAcross(List<LineBuilder.Row> rows, float x) {
        for (LineBuilder.Row row : rows) {
            List<LineBuilder.Cell> cells = row.cells();
            if (cells.size() >= 2 && cells.getFirst().x1() <= x && cells.getLast().x0() >= x
                    && isHeaderRow(cells.stream().map(LineBuilder.Cell::text).toList())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderRow(List<String> cells) {
        if (cells.size() < 2) {
            return false;
        }
        java.util.Set<Column> named = java.util.EnumSet.noneOf(Column.class);
        for (String c : cells) {
            Column col = header(c);
            if (col == null) {
                return false;
            }
            named.add(col);
        }
        if (named.contains(Column.ORGANIZATION_THEN_TITLE) || named.contains(Column.TITLE_THEN_ORGANIZATION)) {
            named.addAll(List.of(Column.TITLE, Column.ORGANIZATION));
        }
        // "Project ‖ Tools ‖ Outcome": a title column beside the entries' own text is a table of projects
        boolean titledText = named.contains(Column.TITLE) && named.contains(Column.TEXT);
        named.retainAll(java.util.EnumSet.of(Column.TITLE, Column.ORGANIZATION, Column.DATES));
        return named.size() >= 2 || titledText;
    }

    /**
     * What a column header names, or null when the cell is none: "Institute / Board" is what its first part names
     * when every part is a header ("Degree / Examination", "CGPA / %").
     */
    static Column header(String cell) {
        if (cell.length() > 40) {
            return null;
        }
        String folded = FormLabels.fold(cell);
        java.util.regex.Matcher serial = SERIAL_HEAD.matcher(folded);
        if (serial.lookingAt() && named(folded.substring(serial.end())) != null) {
            // "S.No Organization": the narrow serial-number header ran into the next one
            folded = folded.substring(serial.end());
        }
        Column whole = named(folded);
        if (whole != null || !folded.contains("/")) {
            return whole;
        }
        String[] parts = folded.split("\\s*/\\s*");
        if (parts.length == 0) {
            return null; // a cell of slashes only
        }
        boolean all = java.util.Arrays.stream(parts).allMatch(p -> p.isEmpty() || named(p) != null);
        return all && !parts[0].isEmpty() ? named(parts[0]) : null;
    }

    /** A serial-number column's header ("S.No", "Sl. No.", "Sr. No."), folded. */
    static final java.util.regex.Pattern SERIAL_HEAD = java.util.regex.Pattern.compile("(?:s|sl|sr)\\s?no\\s+");

    /** The column a folded header names: a table's own header word, or a form's field label for the same thing. */
    private static Column named(String folded) {
        Column own = HEADERS.get(folded);
        if (own != null) {
            return own;
        }
        FormLabels.Role role = FormLabels.role(folded);
        return role == null ? null : switch (role) {
            case TITLE, DEGREE, PROJECT -> Column.TITLE;
            case ORGANIZATION, INSTITUTION -> Column.ORGANIZATION;
            case DATES, DURATION -> Column.DATES;
            case PLACE -> Column.PLACE;
            case DROP -> Column.OTHER;
            case ACTIVITIES -> Column.TEXT;
            case SUBJECTS, NAME, CONTACT -> null;
        };
    }
}
