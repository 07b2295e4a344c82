package org.mockinterview.resume.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * Lines read as project names that name something else: a caption ("Technologies", "Stack"), a form's field label
 * ("Project name", "Team size"), a date word left from a range ("since"), one of the listed skills (a row of tag
 * pills), the candidate, a street address, a phone number or email address, or a list of tools.
 */
final class ProjectNames {

    /** Captions that introduce a project's tools, in the languages the section vocabulary knows. */
    private static final Set<String> TOOL_CAPTIONS = Set.of("technologies", "technology", "tech stack",
            "technology stack", "stack", "tools", "tools used", "tech", "tech used", "technology used",
            "technologies used", "built with", "tecnologie", "tecnologías", "tecnologias", "tecnologías utilizadas",
            "tecnologias utilizadas", "tecnologia", "technologie", "technologien", "technologies utilisées",
            "technologieën", "teknolojiler", "teknik", "technologia", "narzędzia", "công nghệ", "werkzeuge", "outils",
            "ferramentas", "herramientas", "strumenti", "技術", "技术", "기술", "使用技術");
    /** Captions that introduce a project's tools or type. */
    private static final Set<String> CAPTIONS = java.util.stream.Stream.concat(TOOL_CAPTIONS.stream(),
            java.util.stream.Stream.of("project", "projects")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern LIST = Pattern.compile("[,、;，]");
    /** The row labels of a project form ("Project name", "Team size", "Role") printed in a column of their own. */
    private static final Set<String> FIELD_LABELS = Set.of("project name", "project", "name", "time", "team size",
            "team", "role", "my role", "description", "duration", "client", "customer", "responsibilities", "position",
            "technologies used", "tools used", "environment", "link", "links", "year", "status",
            // the same labels in the languages of the fresh CVs' project tables and forms
            "proje adı", "proje", "görev", "süre", "açıklama", "rol", "nama proyek", "proyek", "peran", "durasi",
            "deskripsi", "teknologi", "tên dự án", "dự án", "vai trò", "thời gian", "mô tả", "công nghệ",
            "nombre del proyecto", "proyecto", "duración", "descripción", "nome do projeto", "projeto", "função",
            "duração", "descrição");
    /** Words that open or close a date range, left over when the dates are cut out ("sedan 2020", "since 2019"). */
    private static final Pattern DATE_WORD = Pattern.compile("(?iu)(?:" + DatePatterns.RANGE_OPENER + "|"
            + DatePatterns.RANGE_JOINER + "|" + DatePatterns.PRESENT + ")");

    private ProjectNames() {
    }

    static List<Project> keep(List<Project> projects, String candidate, java.util.Collection<String> skills) {
        Set<String> skillNames = new java.util.HashSet<>();
        skills.forEach(s -> skillNames.add(fold(s)));
        // a project listed twice (a table of names, then a card for each) is one project
        Set<String> seen = new java.util.HashSet<>();
        return projects.stream().filter(p -> p.name() == null || !namesSomethingElse(p.name(), candidate, skillNames))
                .filter(p -> p.name() == null || seen.add(fold(p.name()))).toList();
    }

    /** A caption of a project's tools ("stack", "herramientas"), lower-cased. */
    static boolean namesTools(String folded) {
        return TOOL_CAPTIONS.contains(folded);
    }

    /** A caption or a form's field label ("stack", "team size", "rol"), lower-cased: it labels a project's part. */
    static boolean isLabel(String folded) {
        return CAPTIONS.contains(folded) || FIELD_LABELS.contains(folded);
    }

    private static boolean namesSomethingElse(String raw, String candidate, Set<String> skills) {
        String name = fold(raw.replaceAll("[:：]$", ""));
        return isLabel(name) || skills.contains(name) || candidate != null && name.equals(fold(candidate))
                || FormLabels.role(raw) != null || ColumnHeaders.header(raw) != null
                || DATE_WORD.matcher(name).matches()
                || DatePatterns.isStreetAddress(raw) || ContactExtractor.isContactDetail(raw)
                || LIST.matcher(raw).results().count() >= 2;
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
