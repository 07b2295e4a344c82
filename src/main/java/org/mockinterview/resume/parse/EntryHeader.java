package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An entry's header split into its parts (title, organisation, …), its dates and its place. */
final class EntryHeader {
    private EntryHeader() {
    }

    /** Header text split into parts, with the dates and location taken out. */
    record Parts(List<String> parts, String dates, String location) {
    }

    static Parts of(Entry entry, boolean splitDashes) {
        // each header line's first cell holds its main part; later cells (right-aligned) hold the rest
        List<String> main = new ArrayList<>();
        List<String> side = new ArrayList<>();
        String dates = null;
        String location = null;
        // when title and organisation sit on lines of their own, a dash inside one of them is part of it
        // (a parenthesised note on a line of its own, "(contract via …)", holds neither)
        long textLines = entry.header.stream().map(EntryHeader::mainText)
                .map(t -> PLACE_LABELS.matcher(t).replaceFirst("")).filter(t -> !Entry.datesAndPlace(t)
                && !t.strip().startsWith("(") && !DatePatterns.isLocation(t.strip())).count();
        boolean dashes = splitDashes && textLines < 2;
        for (TextLine line : entry.header) {
            int mainCell = 0;
            for (int c = 0; c < line.cells().size(); c++) {
                String cell = line.cells().get(c);
                Matcher placed = PLACE_LABELS.matcher(cell);
                if (placed.find() && placed.start() > 0) {
                    // Europass: "Acme sp. z o.o. Miasto: Kraków | Kraj: Polska": the labelled place ends the employer
                    location = location != null ? location : placed.group(1).strip()
                            + (placed.group(2) != null ? ", " + placed.group(2).strip() : "");
                    cell = cell.substring(0, placed.start());
                }
                Optional<DatePatterns.Found> date = DatePatterns.find(cell);
                if (date.isPresent()) {
                    if (dates == null) {
                        dates = date.get().value();
                    }
                    cell = (cell.substring(0, date.get().start()) + " | " + cell.substring(date.get().end()))
                            .replaceAll("[(\\[]\\s*\\|?\\s*[)\\]]", " ");
                }
                if (c == mainCell && DatePatterns.strip(cell).isEmpty()) {
                    // a gutter date alone in the first cell: the line's main part is the next cell
                    mainCell++;
                    continue;
                }
                boolean laterLine = line != entry.header.get(0);
                String bare = DatePatterns.strip(cell);
                Matcher pin = PIN.matcher(bare);
                if (location == null && date.isEmpty() && pin.lookingAt()) {
                    // "◉ Boston, MA ‖ Quarry Health": a map-pin mark says the cell is the place
                    location = bare.substring(pin.end());
                    mainCell += c == mainCell ? 1 : 0;
                    continue;
                }
                if (date.isPresent() && location == null && entry.header.size() >= 2
                        && placeAfter(line.cells().get(c), date.get())) {
                    // "ene. 2022 – actualidad · Valencia": the place printed after the dates is no organisation
                    location = bare.replaceAll("^[\\s|·•,]+|[\\s|·•,]+$", "");
                    continue;
                }
                if (splitDashes && laterLine && c == mainCell && date.isEmpty() && location == null
                        && main.size() + side.size() == 1) {
                    // "Organisation, City, Country" on the line under the title: the organisation, then its place
                    List<String> pieces = HeaderSplitter.splitOutside(bare, HeaderSplitter.COMMA);
                    // a line that only names a place ("Austin, TX") is one, unless no other line can hold the organisation
                    boolean onlyCandidate = textLines == 2 && !pieces.get(pieces.size() - 1).strip().matches("\\p{Lu}{2}");
                    // "Licencjat, Ekonomia": a degree and its field, no organisation and place
                    if (pieces.size() >= 2 && isPlaceName(pieces.subList(1, pieces.size()))
                            && !TitleLexicon.hasDegree(pieces.get(0))
                            && (onlyCandidate || !isPlaceName(pieces.subList(0, 1)))) {
                        String organisation = HeaderSplitter.clean(pieces.get(0));
                        location = String.join(", ", pieces.subList(1, pieces.size()));
                        // "Acme Mobility · Toronto, ON": the city is set off by a dot, the region by a comma
                        String[] dotted = organisation.split("\\s+[·•|]\\s+");
                        if (dotted.length == 2 && isPlaceName(List.of(dotted[1]))) {
                            organisation = dotted[0];
                            location = dotted[1] + ", " + location;
                        }
                        main.add(organisation);
                        continue;
                    }
                }
                if (laterLine && c == 0 && mainCell == 0 && line.cells().size() >= 2 && location == null
                        && gutterDates(entry) && date.isEmpty() && isPlaceName(List.of(bare))) {
                    // "City ‖ Organisation" under "dates ‖ Title": the gutter holds the dates, then the place
                    location = bare;
                    mainCell = 1;
                    continue;
                }
                if (laterLine && mainCell > 0 && c == mainCell && location == null && main.size() + side.size() >= 2
                        && isPlaceName(List.of(bare))) {
                    // "dates ‖ City" under "Title ‖ Organisation": the cell beside the dates is the place
                    location = bare;
                    continue;
                }
                String[] joined = laterLine && location == null ? HeaderParts.employerHyphenPlace(bare) : null;
                if (joined != null) {
                    (c == mainCell ? main : side).add(joined[0]);
                    location = joined[1];
                    continue;
                }
                if ((c > mainCell || laterLine) && location == null && DatePatterns.isPlace(bare)) {
                    location = DatePatterns.strip(cell);
                    continue;
                }
                List<String> split = orgBeforeCjkTitle(HeaderSplitter.split(cell, dashes));
                for (String part : split) {
                    if (DatePatterns.isDuration(part)) {
                        continue;
                    }
                    boolean afterCompany = part == split.get(split.size() - 1) && split.size() >= 2
                            && DatePatterns.endsWithCorporateForm(split.get(split.size() - 2));
                    if (location == null && (textLines >= 2 && split.size() == 2 || afterCompany)
                            && part == split.get(split.size() - 1) && shortPlace(part) && !placeLineBesides(entry, line)) {
                        // "SORREL LABS · MONTRÉAL" on a line of its own, the title on another; "Harrow Mills Ltd,
                        // Leeds": a town after the company's legal form
                        location = part;
                        continue;
                    }
                    if (location == null && !(main.isEmpty() && side.isEmpty()) && DatePatterns.isLocation(part)
                            && !TitleLexicon.isInstitution(part) && !TitleLexicon.hasJobOrOrgWord(part)) {
                        location = part;
                        continue;
                    }
                    (c == mainCell ? main : side).add(part);
                }
            }
        }
        List<String> parts = new ArrayList<>(HeaderParts.joinWrapped(main));
        parts.addAll(side);
        // "Remote (Denver, CO)": a comma inside brackets does not part the place
        List<String> pieces = location == null ? List.of()
                : HeaderSplitter.splitOutside(location, HeaderSplitter.COMMA).stream().map(String::strip).toList();
        if (splitDashes && parts.size() == 1 && !pieces.isEmpty() && !pieces.get(0).matches("\\d.*") && (pieces.size() >= 3
                || pieces.size() == 2 && !pieces.get(1).strip().matches("\\p{Lu}{2,3}") && pieces.get(0).contains(" "))) {
            // "City of Austin, Dublin, Ireland" or "Title — Almenara Seguros, Madrid": with no other part to hold
            // the organisation, the first piece of the place is it
            parts.add(pieces.get(0));
            location = String.join(", ", pieces.subList(1, pieces.size()));
        }
        for (String meta : entry.metaCells) {
            if (dates == null && DatePatterns.hasDate(meta)) {
                dates = DatePatterns.find(meta).get().value();
            } else if (location == null && DatePatterns.isLocation(meta)) {
                location = meta;
            }
        }
        return new Parts(parts, dates, location);
    }

    /** A place given as form fields after a name: "City: Kraków | Country: Poland", in the Europass languages. */
    private static final Pattern PLACE_LABELS = Pattern.compile("(?iu)\\s+(?:city|town|miasto|miejscowość|ciudad|localidad"
            + "|ville|città|località|stadt|ort|cidade|stad|plaats)\\s*:\\s*([^|]+?)(?:\\s*\\|\\s*(?:country|kraj|país|pays|paese"
            + "|land)\\s*:\\s*(.+?))?\\s*$");
    private static final Pattern PIN = Pattern.compile("[◉📍⌖⚲]\\s*(?=\\p{Lu})");

    /** A header line's main cell: the first, or the one right of a gutter date ("Apr 2022 – Present ‖ Org | City"). */
    private static String mainText(TextLine line) {
        List<String> cells = line.cells();
        return cells.size() > 1 && DatePatterns.isOnlyDate(cells.get(0)) ? cells.get(1) : cells.get(0);
    }

    private static final java.util.regex.Pattern HANGUL_OR_KANA = java.util.regex.Pattern.compile(
            "[\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]");

    /**
     * Korean and Japanese headers print the organisation and then the title with only a space between them
     * ("한빛데이터(주) 데이터 엔지니어"): split where the first word is marked as a company and the rest reads as a
     * title.
     */
    static List<String> orgBeforeCjkTitle(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String[] words = part.strip().split("\\s+");
            int at = -1;
            // only a first word marked as a company ("(주)", "株式会社"): "프로덕트 엔지니어" is one title
            if (words.length >= 2 && HANGUL_OR_KANA.matcher(words[0]).find()
                    && TitleLexicon.titleScore(words[0]) < 0) {
                String rest = String.join(" ", List.of(words).subList(1, words.length));
                at = TitleLexicon.titleScore(rest) > 0 ? 1 : -1;
            }
            if (at < 0) {
                out.add(part);
            } else {
                out.add(words[0]);
                out.add(String.join(" ", List.of(words).subList(at, words.length)));
            }
        }
        return out;
    }

    /** Only a place follows the dates in the cell, set off by a dot, bar or comma ("2019 – 2021 · Paterna"). */
    static boolean placeAfter(String cell, DatePatterns.Found date) {
        // brackets around the dates are theirs ("[ 03/2022 – Current ] Valencia, Spain", as Europass prints them)
        String after = cell.substring(date.end()).replaceFirst("^\\s*[\\])]", " ");
        boolean bracketed = cell.substring(0, date.start()).matches("\\s*[\\[(]\\s*") && after.startsWith(" ");
        if (!cell.substring(0, date.start()).isBlank() && !bracketed
                || !after.matches(bracketed ? "\\s*[·•|,–—]?\\s*\\S.*" : "\\s*[·•|,–—]\\s*\\S.*")) {
            return false;
        }
        // a workplace note after the place ("Lagos, Nigeria (hybrid)") is part of it
        String place = after.replaceFirst("^\\s*[·•|,–—]?\\s*", "").replaceFirst("\\s*\\([^()]*\\)$", "").strip();
        return shortPlace(place) || isPlaceName(List.of(place.split(",\\s*")));
    }

    /** The entry's first line opens with a cell that is only a date: a gutter of dates left of the entry. */
    private static boolean gutterDates(Entry entry) {
        TextLine first = entry.header.get(0);
        return first.cells().size() >= 2 && DatePatterns.isOnlyDate(first.cells().get(0));
    }

    /** Another header line that names a place ("London, UK"): then the short piece is no place. */
    private static boolean placeLineBesides(Entry entry, TextLine line) {
        for (TextLine other : entry.header) {
            String cell = other.cells().get(0);
            // "JAN 2022 – PRESENT · OSLO, NORWAY" names a place once its dates are cut out
            String t = DatePatterns.strip(DatePatterns.find(cell)
                    .map(f -> cell.substring(0, f.start()) + " " + cell.substring(f.end())).orElse(cell));
            if (other != line && (DatePatterns.isLocation(t) || DatePatterns.isPlace(t))) {
                return true;
            }
        }
        return false;
    }

    static boolean shortPlace(String part) {
        String t = part.strip();
        return t.split("\\s+").length <= 2 && t.matches("\\p{Lu}[\\p{L}.'’ -]*") && !TitleLexicon.hasJobOrOrgWord(t)
                && !TitleLexicon.isInstitution(t) && !TitleLexicon.hasTitleWord(t);
    }

    private static final java.util.regex.Pattern PLACE_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?: (?:(?:de|del|da|do|dos|das|di|la|le|am|an|der|sur|upon|on|y) ){0,2}\\p{Lu}[\\p{L}.'’-]*){0,2}"
                    + "|\\p{Lu}{2}");

    /**
     * Pieces that read as a place: one to three capitalised words each, maybe joined by the particles of place names
     * ("Castelló de la Plana", "Frankfurt am Main"), none a job or organisation word.
     */
    private static boolean isPlaceName(List<String> pieces) {
        return pieces.stream().allMatch(p -> PLACE_NAME.matcher(p.strip()).matches() && !TitleLexicon.hasJobOrOrgWord(p)
                && !TitleLexicon.isInstitution(p) && !DatePatterns.hasDate(p));
    }
}
