package org.mockinterview.resume.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises dates and date ranges as resumes print them, in several languages. */
final class DatePatterns {

    private static final String MONTH = "(?:jan(?:uary|uari|uar|vier|eiro)?|janv|feb(?:ruary|ruari|ruar|rero)?|fev(?:ereiro)?|févr(?:ier)?"
            + "|mar(?:ch|s|zo|ço|co)?|märz|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|jun[ei]?|juin|junio|junho"
            + "|jul[iy]?|juil(?:let)?|julio|julho|aug(?:ustus|ust)?|août|ago(?:sto)?|sep(?:t(?:ember|iembre|embre)?)?"
            + "|set(?:embro|iembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?"
            + "|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre)?|ene(?:ro)?"
            // Italian and Dutch abbreviations the others do not already cover
            + "|gen(?:naio)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ott(?:obre)?|mrt|maart|mei"
            // Swedish and Turkish month names the others do not already cover
            + "|maj|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
            // Indonesian and Malay
            + "|maret|agu(?:stus)?|ogos|des(?:ember)?|disember|mac|julai|okt|peb"
            // Italian, Danish, Swedish, Czech, Finnish and Polish month names the others do not already cover
            + "|febbraio|aprile|settembre|dicembre|marts|augusti|leden|únor|březen|duben|květen|červenec|červen"
            + "|srpen|září|říjen|listopad|prosinec|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras"
            + "|joulu)kuu(?:ta)?|styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|czerwiec|czerwca|lipiec"
            + "|lipca|sierpień|sierpnia|wrzesień|września|październik|października|grudzień|grudnia)\\.?";
    /** Seasons and German semesters ("WiSe 2023/24", "Sommersemester 2022"). */
    private static final String SEASON = "(?:spring|summer|fall|autumn|winter|sommer(?:en)?|sommaren|forår(?:et)?"
            + "|efterår(?:et)?|våren|hösten|høsten|été|hiver|verano|invierno|estate|inverno"
            + "|wise|sose|wintersemester|sommersemester)";
    private static final String YEAR = "(?:19|20)\\d{2}";
    /** A day-first or ISO full date ("15/09/2018", "01.03.2021", "2021-03-01"), as forms and Europass print them. */
    private static final String FULL_DATE = "(?:(?:0?[1-9]|[12]\\d|3[01])\\s*[./-]\\s*(?:0?[1-9]|1[0-2])\\s*[./-]\\s*" + YEAR
            + "|" + YEAR + "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?!\\d))";
    private static final String POINT = "(?:" + FULL_DATE + "|" + MONTH + ",?\\s*(?:\\d{1,2},\\s*)?(?:de\\s+)?/?\\s*(?:'?" + YEAR + "|'\\d{2})"
            + "|" + SEASON + "\\s+" + YEAR + "(?:/\\d{2}(?!\\d))?"
            // Vietnamese names a month by its number: "Tháng 6/2022", "tháng 06 năm 2022"
            + "|(?:tháng\\s*)?(?:0?[1-9]|1[0-2])\\s*(?:[/.]|\\s+năm)\\s*" + YEAR + "|" + YEAR + "\\s*[./-]\\s*(?:0?[1-9]|1[0-2])(?![\\d/])|" + YEAR + "\\s*/\\s*(?:0?[1-9]|1[0-2])(?![\\d/])"
            + "|" + YEAR + "\\s*[年년](?:\\s*\\d{1,2}\\s*[月월])?|" + YEAR + ")";
    /** Month and two-digit year ("06/15"), only believed inside a range: alone it may be a score or a fraction. */
    private static final String SHORT_POINT = "(?:0?[1-9]|1[0-2])\\s*/\\s*\\d{2}(?![\\d/])";
    /** A single point in time, not a range: what a found date is when it ends in one point only. */
    private static final Pattern ENDS_IN_POINT = Pattern.compile("(?i).*?" + POINT);
    /** Words that open a date range ("since 2019", "seit 03/2021", "a partir de"), in the languages read here. */
    static final String RANGE_OPENER = "(?:since|from|sedan|fr[aå]n|seit|ab|desde|depuis|dal|vanaf|sinds|od|siden|fra|a partir de)";
    /** Words that join a range's ends ("… to …", "bis", "até"), or stand before its end. */
    static final String RANGE_JOINER = "(?:until|till|to|bis|hasta|jusqu'?à|fino|tot|do|até|à|a|al)";
    /** A cell that ends in a dash or a joining word: the range's end wrapped onto the next line. */
    private static final Pattern OPEN_RANGE = Pattern.compile("(?iu)(?:[–—-]|(?<![\\p{L}])" + RANGE_JOINER + ")\\s*$");

    static boolean endsOpen(String cell) {
        return OPEN_RANGE.matcher(cell).find();
    }

    /** The open end of a range ("present", "heute", "atual", "至今"), with the preposition some languages put first. */
    static final String PRESENT = "(?:(?:hasta |até |bis )?(?:la |el |o |a )?(?:present|current(?:ly)?|now|ongoing|today|(?:to|till|until) (?:date|now)|heute|aktuell|jetzt|présent"
            + "|aujourd['’]hui|actualidad|actualmente|presente|actual|hoy|la fecha|atual(?:mente)?|momento|(?:alla )?data attuale|attuale|attualmente|ad oggi|oggi|in corso|continuing|heden|nu|nå|d\\.d\\.|pågående|obecnie|současnost|dosud|nyt|günümüz|halen|sekarang|saat ini|kini|hiện tại|hiện nay|nay|至今|现在|今|現在|현재))";
    private static final String RANGE_SEP = "\\s*(?:-{1,2}|–|—|~|〜|～|to|bis|à|a|au|until|hasta|até|→)\\s*";
    private static final String LIST_SEP = "\\s*(?:and|&|,|und|et|y|e)\\s*";
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
            // an opener before the first point ("since", "dal", "siden") is taken by withOpener, once a date is found
            // a degree's end to come: "Sep 2024 – expected 2026"
            + POINT + "(?:" + RANGE_SEP + "(?:(?:expected|exp\\.|anticipated|voraussichtlich|previst[oa]|prévue?)\\s+)?(?:"
            + POINT + "|" + PRESENT + ")"
            // two points split by a bar, as gutters print an end-first range ("2023 | 2019")
            + "|\\s*\\|\\s*" + POINT + "|(?:" + LIST_SEP + YEAR + ")+)?"
            + "|" + SHORT_POINT + RANGE_SEP + "(?:" + SHORT_POINT + "|" + PRESENT + ")"
            // end first: "Present | 2016", "2020 – 2017" is caught above as an ordinary range
            + "|" + PRESENT + "\\s*(?:[|–—-]|to)\\s*" + POINT
            + ")(?![\\p{L}\\d])");
    private static final Pattern SHARED_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + MONTH + RANGE_SEP + MONTH
            + "\\s+" + YEAR + "(?![\\p{L}\\d])");
    private static final Pattern PREFIXED = Pattern.compile("(?iu)(?<![\\p{L}])(?:since|expected|seit|depuis|desde"
            + "|grad\\.?|graduated|graduation)\\s+" + POINT + "(?!\\d)");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)^\\(?\\d+\\+?\\s*(?:years?|yrs?|months?|mos?)(?:,?\\s*\\d+\\s*(?:months?|mos?))?\\)?$");
    private static final Pattern LOCATION = Pattern.compile(
            "^(?:remote|hybrid|[\\p{Lu}][\\p{L}.'’ -]{1,30},\\s*[\\p{Lu}][\\p{L}.'’ -]{1,25}(?:,\\s*[\\p{Lu}][\\p{L}. ]{1,20})?"
                    // a place after a map-pin mark, as portfolio and builder templates print it: "◉ Boston, MA", "📍 Lyon"
                    + "|[◉📍⌖⚲]\\s*[\\p{Lu}][\\p{L}.'’ -]{1,30}(?:,\\s*[\\p{Lu}][\\p{L}.'’ -]{1,25})?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a date or date range sits in a piece of text. */
    record Found(int start, int end, String value) {
    }

    private DatePatterns() {
    }

    /** An opener word right before a found date ("dal", "siden", "od"). */
    private static final Pattern OPENER_BEFORE = Pattern.compile("(?iu)(?:^|(?<=[\\s(\\[|·]))" + RANGE_OPENER + "\\s+$");

    /**
     * The date with the word that opens it ("dal novembre 2022", "siden sep. 2022"): looked for only before a date
     * found, as trying every opener at every position of every cell is costly.
     */
    private static Found withOpener(String text, Found f) {
        int from = Math.max(0, f.start() - 14);
        Matcher before = OPENER_BEFORE.matcher(text.substring(from, f.start()));
        if (!before.find()) {
            return f;
        }
        int start = from + before.start();
        return new Found(start, f.end(), text.substring(start, f.end()).strip());
    }

    static Optional<Found> find(String text) {
        if (!hasDigit(text)) {
            return Optional.empty(); // every date has a year or a month number; most lines of text have no digit
        }
        Matcher prefixed = PREFIXED.matcher(text);
        if (prefixed.find()) {
            // "Sep 2024 – expected 2026": the prefixed point may end a range that starts before it
            Matcher range = RANGE.matcher(text);
            while (range.find()) {
                if (range.start() < prefixed.start() && range.end() >= prefixed.end()) {
                    return Optional.of(withOpener(text, new Found(range.start(), range.end(), range.group().strip())));
                }
            }
            return Optional.of(new Found(prefixed.start(), prefixed.end(), prefixed.group().strip()));
        }
        Matcher m = RANGE.matcher(text);
        Found best = null;
        while (m.find()) {
            Found f = withOpener(text, new Found(m.start(), m.end(), m.group().strip()));
            boolean isRange = !ENDS_IN_POINT.matcher(f.value()).matches();
            // prefer a range or a month-year over a bare year that may be part of a name ("NeurIPS 2022")
            if (best == null || f.value().length() > best.value().length()) {
                best = f;
            }
            if (isRange) {
                return Optional.of(f);
            }
        }
        if (best != null) {
            // two months sharing one year ("May – Aug 2024"): looked for only once a single point was found, as the
            // pattern is costly to try at every position of every cell
            Matcher shared = SHARED_YEAR.matcher(text);
            if (shared.find() && shared.end() >= best.end()) {
                return Optional.of(new Found(shared.start(), shared.end(), shared.group().strip()));
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A range's connector left at the end of a line when the range wraps ("Sep. 2023 to", "2019 –"). */
    private static final Pattern DANGLING = Pattern.compile("(?iu)\\s*(?:[|–—~-]{1,2}|\\bto|\\buntil|\\bbis|\\bà|\\bau"
            + "|\\bhasta|\\baté)\\s*$");

    /** True when the text ends in a range's connector: the first half of a wrapped range. */
    static boolean endsWithConnector(String text) {
        return DANGLING.matcher(text).find();
    }

    /** The text without a trailing range connector. */
    static String withoutConnector(String text) {
        return DANGLING.matcher(text).replaceFirst("");
    }

    /** True when the text holds a range ("2019 – 2021", "May 2020 to present"), not a single point. */
    static boolean isRange(String text) {
        Optional<Found> f = find(text);
        return f.isPresent() && f.get().value().matches("(?isu).*\\d.*(?:-|–|—|~|〜|～|\\bto\\b|\\bbis\\b|→|\\|).*\\S.*");
    }

    static boolean hasDate(String text) {
        return find(text).isPresent();
    }

    /** True when the text is nothing but a date (or range), allowing separators around it. */
    static boolean isOnlyDate(String text) {
        Optional<Found> f = find(text);
        return f.isPresent() && strip(text.substring(0, f.get().start()) + text.substring(f.get().end())).isEmpty();
    }

    /** The text without a bracketed duration ("2008 (3 months)" is a date). */
    static String withoutDuration(String text) {
        return text.replaceAll("(?i)\\(\\s*\\d+\\+?\\s*(?:years?|yrs?|months?|mos?|mois|ans?|monate?|jahre?|meses|años|anos)\\s*\\)", "")
                .strip();
    }

    static boolean isDuration(String text) {
        return DURATION.matcher(text.strip()).matches();
    }

    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}.'’]+(?:[ -](?:de |di |am |sur |an der )?\\p{Lu}[\\p{L}.'’]+){0,2}"
            + "(?:\\s*[,–-]\\s*\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*)?){1,2}$",
            Pattern.UNICODE_CASE);
    /** A company's legal form, dotted or not ("S.r.l.", "GmbH", "Pvt. Ltd."): a place never holds one. */
    private static final Pattern CORPORATE_FORM = Pattern.compile("(?iu)(?<![\\p{L}.])(?:"
            + Sentences.CORPORATE_FORMS.replaceAll("(\\p{L})", "$1\\\\.?") + ")(?![\\p{L}])");
    /** A street address or a postal code after a state: "88 Tern Street, Dover, DE 19901", "2140 Alder Avenue". */
    private static final Pattern POSTAL_ADDRESS = Pattern.compile(
            "^\\d{1,5}\\s+\\p{Lu}[\\p{L}.' -]+,|,\\s*\\p{Lu}{2}\\s+\\d{5}(?:-\\d{4})?\\b"
            + "|(?iu)^\\d{1,5}\\s+\\p{L}[\\p{L} .'-]*\\b(?:avenue|ave\\.?|street|st\\.|road|rd\\.|lane|ln\\.|boulevard"
            + "|blvd\\.?|drive|dr\\.|way|court|ct\\.|place|pl\\.)$");
    private static final Pattern WORKPLACE = Pattern.compile("(?i)^(?:remote|hybrid|on-?site)(?:\\s*\\(.*\\))?$");

    /**
     * A place printed beside a header ("Toulouse - France", "Berlin, Germany"): capitalised words joined by a
     * comma or a dash, with no job or organisation word.
     */
    static boolean isPlace(String text) {
        String t = text.strip();
        if (WORKPLACE.matcher(t).matches() || isStreetAddress(t)) {
            return true;
        }
        // a state's postal code ("Denver, CO") is no legal form
        return t.split("\\s+").length <= 5 && PLACE.matcher(t).matches() && !TitleLexicon.hasJobOrOrgWord(t)
                && !TitleLexicon.isInstitution(t) && !CORPORATE_FORM.matcher(withoutStateCode(t)).find()
                && !namesDegree(t);
    }

    /**
     * The text without a state's postal code after its last comma ("Denver, CO" → "Denver"), which reads like a
     * legal form ("Co.") or a company word; a legal form itself ("Acme, SA") stays.
     */
    static String withoutStateCode(String text) {
        Matcher code = STATE_CODE.matcher(text);
        if (!code.find()) {
            return text;
        }
        // "CO" is a legal form's abbreviation too, but set in capitals after a comma it is Colorado
        boolean legalForm = CORPORATE_FORM.matcher(code.group(1)).matches() && !"CO".equals(code.group(1));
        return legalForm ? text : text.substring(0, code.start());
    }

    private static final Pattern STATE_CODE = Pattern.compile(",\\s*(\\p{Lu}{2})$");

    /** The name ends in a company's legal form ("Harrow Mills Ltd", "Acme GmbH"): what follows it is no name. */
    static boolean endsWithCorporateForm(String name) {
        Matcher m = CORPORATE_FORM.matcher(name.strip());
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && name.strip().substring(end).matches("[.\\s]*");
    }

    /** A street address, with or without the town and postal code after it. */
    static boolean isStreetAddress(String text) {
        return POSTAL_ADDRESS.matcher(text.strip()).find();
    }

    static boolean isLocation(String text) {
        String t = text.strip();
        // a firm's legal form after its comma ("Talleres Norte, S.A. de C.V.") names an employer, not a place
        return t.split("\\s+").length <= 6 && LOCATION.matcher(t).matches() && !namesDegree(t)
                && !CORPORATE_FORM.matcher(withoutStateCode(t)).find();
    }

    /**
     * A degree and its field ("Licencjat, Ekonomia", "Yüksek Lisans, Bilgisayar Mühendisliği") read like "Town,
     * Region" but name no place; "Boston, MA" stays one though "MA" is a degree's letters.
     */
    private static boolean namesDegree(String t) {
        return TitleLexicon.hasDegree(withoutStateCode(t));
    }

    /** Trims separators left behind when a date is cut out of a line. */
    static String strip(String text) {
        String t = text.replaceAll("[(\\[][\\s|,;:–—-]*[)\\]]", " ")
                .replaceAll("^[\\s|,;:·•)\\-–—]+|[\\s|,;:·•(\\-–—]+$", "").strip();
        // an opening bracket stays when it opens a pair ("(주)푸른물류", "(ML) Engineer"), not when it is left over
        return t.startsWith("(") && t.indexOf(')') < 0 ? t.substring(1).strip() : t;
    }
}
