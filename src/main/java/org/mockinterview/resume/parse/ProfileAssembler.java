package org.mockinterview.resume.parse;

import org.mockinterview.resume.parse.Entry.SubEntry;
import org.mockinterview.resume.parse.HeadingClassifier.Heading;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the profile from lines in reading order: sections, their entries, skills and contact details. */
final class ProfileAssembler {

    private ProfileAssembler() {
    }

    static ResumeProfile assemble(List<TextLine> printed) {
        if (printed.isEmpty()) {
            return ResumeProfile.empty();
        }
        List<TextLine> lines = HeadingWraps.join(MarginHeadings.split(
                FormLabels.read(TableColumns.read(ShokumuKeireki.read(Rirekisho.read(MarkdownMarks.strip(printed)))))));
        int nameIndex = NameFinder.nameIndex(lines);
        List<Heading> headings = HeadingClassifier.classify(lines, nameIndex);
        float body = HeadingClassifier.bodySize(lines);
        // weighed by text, not by lines: a short resume has nearly as many bold header lines as lines of body text
        boolean bodyBold = HeadingClassifier.boldShare(
                lines.stream().filter(l -> Math.abs(l.size() - body) < 0.5f).toList()) > 0.5;
        EntryGrouper grouper = new EntryGrouper(body, bodyBold);

        List<Section> sections = new ArrayList<>();
        List<Experience> experience = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<List<Education>> educationSections = new ArrayList<>();
        Set<String> skills = new LinkedHashSet<>();
        List<TextLine> contactLines = new ArrayList<>(
                lines.subList(0, headings.isEmpty() ? Math.min(lines.size(), 8) : headings.get(0).index()));

        List<List<TextLine>> contents = SideBySideCards.restore(lines, headings, NestedLists.restore(lines, headings,
                PageContinuation.sectionContents(lines, headings)));
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            List<TextLine> content = withoutNextNumber(contents.get(h), h + 1 < headings.size());
            String kind = readAs(heading, content);
            sections.add(new Section(HeadingVocabulary.withoutBareNumber(heading.text()), kind, SectionItems.of(content)));
            switch (kind) {
                case "experience" -> {
                    List<Experience> inSection = new ArrayList<>();
                    for (Entry entry : grouper.group(content, EntryGrouper.Mode.EXPERIENCE)) {
                        ExperienceFields.experience(entry).ifPresent(inSection::add);
                        String dates = EntryHeader.of(entry, true).dates();
                        for (SubEntry sub : entry.subEntries) {
                            projects.add(EntryFields.fromSubEntry(sub, dates));
                        }
                    }
                    // roles joined to an employer line are in order by construction and do not vote
                    java.util.Set<Experience> grouped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    ExperienceOrder.orient(EmployerGroups.apply(inSection, grouped), grouped)
                            .forEach(e -> experience.add(inheritOrganization(e, experience)));
                }
                // an item named like a projects heading ("More Projects: see my GitHub") points elsewhere
                case "projects" -> {
                    List<Project> inSection = new ArrayList<>();
                    grouper.group(content, EntryGrouper.Mode.PROJECTS).forEach(entry -> EntryFields.projects(entry)
                            .stream().filter(p -> !pointsElsewhere(p.name())).forEach(inSection::add));
                    projects.addAll(WrappedProjectNames.join(inSection));
                }
                case "education" -> {
                    List<Education> inSection = new ArrayList<>();
                    for (Entry entry : grouper.group(content, EntryGrouper.Mode.EDUCATION)) {
                        EducationFields.education(entry).ifPresent(inSection::add);
                    }
                    educationSections.add(sharedInstitutions(inSection));
                }
                case "skills" -> skills.addAll(SkillsExtractor.skills(content));
                case "contact" -> contactLines.addAll(content);
                default -> LabelledProjects.blocks(content).forEach(block -> grouper.group(block, EntryGrouper.Mode.PROJECTS)
                        .forEach(entry -> projects.addAll(EntryFields.projects(entry))));
            }
        }
        List<Education> education = EducationFields.pairSchoolsWithQualifications(educationSections);
        ContactExtractor.Contact contact = ContactExtractor.extract(contactLines, lines, nameIndex);
        return new ResumeProfile(contact.name(), contact.email(), contact.phone(), contact.links(), sections,
                experience, ProjectNames.keep(projects, contact.name(), skills), education, new ArrayList<>(skills));
    }

    /**
     * The kind a section is read as: a "Strengths" section that names tools (AltaCV's tags: "Forecasting ‖ Python ‖
     * SQL") lists skills; one of personal qualities ("Patient, curious") stays another kind.
     */
    private static String readAs(Heading heading, List<TextLine> content) {
        if (!"other".equals(heading.kind()) || !heading.text().toLowerCase(java.util.Locale.ROOT).contains("strength")) {
            return heading.kind();
        }
        long tools = content.stream().flatMap(l -> l.cells().stream())
                .filter(c -> !EntityLexicon.technologies(c).isEmpty()).count();
        return tools >= 3 ? "skills" : heading.kind();
    }

    /** A section's lines without the next section's number ("04." on its own line over "Hackathons"). */
    private static List<TextLine> withoutNextNumber(List<TextLine> content, boolean headingFollows) {
        if (headingFollows && !content.isEmpty()
                && HeadingVocabulary.isSectionNumber(content.get(content.size() - 1).text())) {
            return content.subList(0, content.size() - 1);
        }
        return content;
    }

    /**
     * Several degrees printed under one institution line share it; the institution line alone (no degree, no
     * dates) is the group's heading, not an entry.
     */
    private static List<Education> sharedInstitutions(List<Education> entries) {
        List<Education> out = new ArrayList<>();
        String shared = null;
        for (int i = 0; i < entries.size(); i++) {
            Education e = entries.get(i);
            boolean heading = e.institution() != null && e.degree() == null && e.dates() == null
                    && i + 1 < entries.size() && entries.get(i + 1).institution() == null;
            if (heading) {
                shared = e.institution();
                continue;
            }
            if (e.institution() == null && e.degree() != null && shared != null) {
                e = EntryConfidence.of(new Education(shared, e.degree(), e.dates(), null));
            } else if (e.institution() != null) {
                shared = e.institution();
            }
            out.add(e);
        }
        return out;
    }

    private static final java.util.regex.Pattern ELSEWHERE = java.util.regex.Pattern.compile(
            "(?iu)^(?:more|other|additional|further|see|all)\\b.*|.*\\bprojects\\b.*");

    /** "More Projects", "Other projects": a line that sends the reader elsewhere, named like a projects heading. */
    private static boolean pointsElsewhere(String name) {
        return name != null && ELSEWHERE.matcher(name).matches()
                && "projects".equals(HeadingVocabulary.kindOf(name).orElse(""));
    }

    /** A second role at the same employer is often printed as a title line under the employer's first role. */
    private static Experience inheritOrganization(Experience e, List<Experience> previous) {
        if (e.organization() != null || previous.isEmpty() || TitleLexicon.titleScore(e.title()) <= 0) {
            return e;
        }
        Experience last = previous.get(previous.size() - 1);
        return EntryConfidence.of(new Experience(e.title(), last.organization(),
                e.location() != null ? e.location() : last.location(), e.dates(), e.highlights(), e.technologies(),
                e.metrics(), null));
    }
}
