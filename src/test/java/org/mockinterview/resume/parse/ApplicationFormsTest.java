package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * Employment application forms (numbered sections, label rows, From/To tables, instructions to the applicant)
 * and Indonesian and Malay CVs: their fields are read as entries, their instructions and addresses are not.
 */
class ApplicationFormsTest {

    @Test
    void aNumberedApplicationFormGivesEachEmploymentItsTitleEmployerAndDates() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Oriel Hartwell
                oriel.hartwell@example.org

                Section 2: Current or most recent employment
                Employer's name and address     Brindlecombe Water plc
                                                4 Mill Lane, Exeter EX1 2AB
                Job title                       Data Engineer
                Date started (MM/YYYY)          04/2022
                Notice period                   One month
                Main duties and responsibilities  Built the meter-reading pipeline in Airflow

                Section 3: Previous employment
                Please list in reverse date order, starting with the most recent.
                From       To         Employer name and address        Job title          Reason for leaving
                01/2019    03/2022    Tallyford Analytics Ltd          Junior Analyst     Promotion elsewhere

                Section 4: Technical skills
                Languages     Python, SQL
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Data Engineer", "Junior Analyst");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Brindlecombe Water plc", "Tallyford Analytics Ltd");
        assertThat(p.experience().get(1).dates()).isEqualTo("01/2019 – 03/2022");
        assertThat(p.experience()).allSatisfy(e -> assertThat(String.join(" ", e.highlights()))
                .doesNotContain("Please list").doesNotContain("Mill Lane"));
    }

    @Test
    void aNumberedEntrysLabelRowsAreItsFields() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Adaeze Umeh
                adaeze.umeh@example.com
                WORK EXPERIENCE
                1.   Organisation:              Palmgrove Savings Ltd, Enugu
                     Position Held:             Credit Analyst
                     Date:                      Mar. 2021 - Till date
                     Duties/Responsibilities:   Scored loan applications with a logistic model
                2.   Organisation:              Cedarline Logistics Ltd, Aba
                     Position Held:             IT Support Officer
                     Date:                      Jan. 2019 - Feb. 2021
                     Duties/Responsibilities:   Kept the depot's stock database running
                SKILLS
                Python, SQL
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Credit Analyst", "IT Support Officer");
        assertThat(p.experience()).extracting(Experience::organization)
                .allSatisfy(o -> assertThat(o).doesNotContain("Organisation").doesNotContain("Scored"));
    }

    @Test
    void aFederalResumesEmployerLineLabelsAndDutyParagraphsMakeOneEntry() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Tobias Renwick
                tobias.renwick@example.org

                WORK EXPERIENCE

                Bureau of Harbor Statistics                          03/2020 - Present
                Position Title:        Statistician
                Location:              Norfolk, VA US
                Salary:                $98,000 USD Per Year
                Supervisor:            Dana Whitfield (555-010-2231)
                Duties, Accomplishments and Related Skills:
                SEASONAL ADJUSTMENT: Rebuilt the monthly tonnage series in R and cut revisions by a third.
                DATA QUALITY: Wrote automated checks for the port-call feed in Python.

                Alder Point Consulting, LLC                          01/2017 - 02/2020
                Position Title:        Data Analyst
                Location:              Richmond, VA US
                Duties, Accomplishments and Related Skills:
                Built SQL reports for three county health departments.

                EDUCATION
                Master of Science in Statistics, Blue Ridge State University, 2016
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Statistician", "Data Analyst");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Bureau of Harbor Statistics", "Alder Point Consulting, LLC");
        assertThat(p.experience().get(0).highlights()).anySatisfy(h -> assertThat(h).contains("tonnage"))
                .noneSatisfy(h -> assertThat(h).contains("98,000"));
    }

    @Test
    void labelsAndValuesReadAsTwoRunsOfLinesArePairedAgain() {
        List<TextLine> lines = List.of(line(40, "Position Title:"), line(40, "Location:"), line(40, "Salary:"),
                line(180, "Statistician"), line(180, "Norfolk, VA US"), line(180, "$98,000 USD Per Year"));

        assertThat(StackedLabels.pair(lines)).extracting(TextLine::cells).containsExactly(
                List.of("Position Title:", "Statistician"), List.of("Location:", "Norfolk, VA US"),
                List.of("Salary:", "$98,000 USD Per Year"));
    }

    @Test
    void aLabelRunIntoItsValueIsSplitOffOnlyWhenItCannotOpenASentence() {
        assertThat(LabelPrefixes.split(line(60, "Occupation or position held Research Engineer")))
                .hasValueSatisfying(l -> assertThat(l.cells()).containsExactly("Occupation or position held", "Research Engineer"));
        assertThat(LabelPrefixes.split(line(60, "Dates 01.2021 – present")))
                .hasValueSatisfying(l -> assertThat(l.cells()).containsExactly("Dates", "01.2021 – present"));
        assertThat(LabelPrefixes.split(line(60, "Role of the data team in the 2021 migration"))).isEmpty();
    }

    private static TextLine line(float x, String text) {
        return new TextLine(List.of(text), List.of(x), 11, false, x, 2, 1, 540);
    }

    @Test
    void malayLabelRowsAreTheEntrysFields() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Nurul Aina Binti Rahman
                nurul.aina@example.com

                PENGALAMAN KERJA
                Syarikat:        Cahaya Data Sdn. Bhd., Shah Alam
                Jawatan:         Penganalisis Data
                Tempoh:          Mac 2021 – Kini
                Tanggungjawab:   Membina papan pemuka jualan dalam Power BI.
                Syarikat:        Teratai Runcit Berhad, Ipoh
                Jawatan:         Pelatih Industri
                Tempoh:          Jun 2020 – Disember 2020

                KEMAHIRAN
                Python, SQL, Power BI
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Penganalisis Data", "Pelatih Industri");
        assertThat(p.experience()).extracting(Experience::dates).containsExactly("Mac 2021 – Kini", "Jun 2020 – Disember 2020");
    }

    @ParameterizedTest
    @CsvSource({ "Section 3: Previous employment, experience", "Section 2: Current or most recent employment, experience",
            "Part B - Education and qualifications, education", "PENGALAMAN KERJA, experience",
            "PENDIDIKAN FORMAL, education", "KEAHLIAN, skills", "PROYEK, projects", "BAHASA, languages",
            "PENGALAMAN ORGANISASI, other", "DATA PRIBADI, contact", "PELATIHAN DAN SERTIFIKASI, certifications" })
    void formSectionsAndIndonesianHeadingsOpenTheirKind(String heading, String kind) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({ "Bahasa Melayu", "Current or most recent employment with us" })
    void aLanguageNameAndALongPhraseAreNoHeadings(String line) {
        assertThat(HeadingVocabulary.kindOf(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "Januari 2023 – Sekarang; Januari 2023 – Sekarang",
            "Agustus 2020 – Desember 2022; Agustus 2020 – Desember 2022", "Maret 2019 - Ogos 2020; Maret 2019 - Ogos 2020" })
    void indonesianAndMalayMonthsAndNowMakeRanges(String text, String expected) {
        assertThat(DatePatterns.find(text)).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(expected));
    }
}
