package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names under titles, credentials, badges and form labels, and the header phrases that look like names. */
class NameFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "Dr. Tomas Verhaegen; Tomas Verhaegen", "dr. Tomas Verhaegen; Tomas Verhaegen",
            "Prof. Dr. Tomas Verhaegen; Tomas Verhaegen", "Dr Tomas Verhaegen, MSc; Tomas Verhaegen",
            "Mgr. Ing. Tomas Verhaegen; Tomas Verhaegen", "Tomas Verhaegen, RN; Tomas Verhaegen",
            "Tomas Verhaegen, CFA, FRM; Tomas Verhaegen", "TV Tomas Verhaegen; Tomas Verhaegen",
            "TVD Tomas Verhaegen-Dumont; Tomas Verhaegen-Dumont", "TV Tomas Verhaegen-Dumont; Tomas Verhaegen-Dumont",
            "Drew Tomasson; Drew Tomasson", "Ms Ingrid van der Berg; Ingrid van der Berg" })
    void titlesCredentialsAndBadgesAreNoPartOfTheName(String line, String name) {
        assertThat(NameFinder.cleanName(line)).isEqualTo(name);
    }

    @Test
    void aNameFieldWithTheSurnameFirstIsReadGivenNameFirst() {
        List<TextLine> lines = FormLabels.read(List.of(
                new TextLine(List.of("Nome", "VERHAEGEN DUMONT, Ingrid"), List.of(40f, 200f), 11, false, 40, 4, 1, 400)));
        assertThat(lines.get(0).cells()).containsExactly("Ingrid Verhaegen Dumont");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "Mara Lindqvist, PhD; Mara Lindqvist", "Mara Lindqvist PhD; Mara Lindqvist",
            "Mara Lindqvist, MBA; Mara Lindqvist", "Mara Lindqvist, M.Sc.; Mara Lindqvist",
            "MaraLindqvist; Mara Lindqvist", "Name: Mara Lindqvist; Mara Lindqvist", "Nome: Mara Lindqvist; Mara Lindqvist",
            "氏名 榊原 瑞穂; 榊原 瑞穂", "Nombre Mara Lindqvist; Mara Lindqvist", "Mara Lindqvist: Data Scientist; Mara Lindqvist: Data Scientist" })
    void credentialsAreStrippedFromNames(String line, String name) {
        assertThat(NameFinder.cleanName(line)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "EXPERIENCE", "Curriculum Vitae", "github.com/mlindqvist", "https://mlindqvist.dev",
            "教育背景", "工作经历", "Streszczenie zawodowe", "Perfil profesional resumido", "CURRICULUM VITAE ET STUDIORUM",
            "Resume of", "Europass", "Austin, TX" })
    void headingWordsUrlsPhrasesAndPlacesAreNeverNames(String first) {
        List<TextLine> lines = ResumeTextParser.lines(first + "\nMara Lindqvist\nmara@example.org");
        assertThat(NameFinder.nameIndex(lines)).isEqualTo(1);
    }

    private static TextLine line(float size, boolean bold, float x0, String... cells) {
        List<Float> xs = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            xs.add(x0 + 60f * i);
        }
        return new TextLine(List.of(cells), xs, size, bold, x0, 2, 1, x0 + 200);
    }

    @Test
    void aMonogramInACellOfItsOwnGivesWayToTheName() {
        List<TextLine> lines = List.of(line(22, true, 56, "PH", "Petra-Jolien Haverkamp"),
                line(10, false, 96, "LEAD DATA ENGINEER"), line(11, false, 45, "Rotterdam, pj@example.org"));
        int index = NameFinder.nameIndex(lines);
        assertThat(NameFinder.name(lines, index)).isEqualTo("Petra-Jolien Haverkamp");
    }

    @Test
    void aDisplayNameWrappedOverThreeLinesIsJoinedAcrossItsHyphen() {
        List<TextLine> lines = List.of(line(29, true, 25, "Rosalind"), line(29, true, 25, "Achterberg-"),
                line(29, true, 25, "Okafor"), line(14, false, 25, "Senior Data Analyst"));
        assertThat(NameFinder.name(lines, NameFinder.nameIndex(lines))).isEqualTo("Rosalind Achterberg-Okafor");
    }

    @Test
    void aSidebarOfProfileLinksReadFirstDoesNotHideTheDisplayNameFurtherDown() {
        List<TextLine> lines = new java.util.ArrayList<>(List.of(line(13, true, 31, "Perfis"), line(11, true, 31, "GitHub"),
                line(11, false, 31, "rosalind-ao"), line(11, true, 31, "LinkedIn")));
        for (int i = 0; i < 40; i++) {
            lines.add(line(11, false, 31, "Python"));
        }
        lines.add(line(24, true, 232, "Rosalind Achterberg Okafor"));
        assertThat(NameFinder.name(lines, NameFinder.nameIndex(lines))).isEqualTo("Rosalind Achterberg Okafor");
    }

    @Test
    void cjkNamesAreNames() {
        assertThat(NameFinder.nameIndex(ResumeTextParser.lines("林晓\nlin@example.org"))).isZero();
    }
}
