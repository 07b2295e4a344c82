package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Education;

/**
 * Degrees as resumes across countries print them: a dash or a connector word between degree and school, a degree
 * whose name holds "Universitario", grades and subjects after it, degree names beyond the English ones, and further
 * training that is no degree.
 */
class EducationShapesTest {

    private static List<Education> education(String body) {
        ResumeProfile p = new ResumeTextParser().parse("Ilse Marenkamp\nilse.marenkamp@example.org\n\n" + body)
                .profile();
        return p.education();
    }

    @Test
    void aDashOrAConnectorWordPartsTheDegreeFromTheSchool() {
        List<Education> e = education("""
                Education
                Máster Universitario en Estadística Aplicada — Universidad de Valdoria    2016 – 2017
                MSc Computer Science aan de Universiteit van Lindeveld    2012 – 2014
                """);

        assertThat(e).extracting(Education::degree)
                .containsExactly("Máster Universitario en Estadística Aplicada", "MSc Computer Science");
        assertThat(e).extracting(Education::institution)
                .containsExactly("Universidad de Valdoria", "Universiteit van Lindeveld");
    }

    @Test
    void aDegreeInCapitalsThenTheSchoolInTitleCaseArePartedByCase() {
        List<Education> e = education("""
                Education and training
                [ 01/10/2018 – 30/06/2020 ] Gdańsk, Poland
                MASTER OF SCIENCE IN DATA SCIENCE Baltic University of Technology
                [ 01/10/2014 – 30/06/2018 ] Gdańsk, Poland
                ENGINEER'S DEGREE IN ELECTRONICS Pomeranian Academy of Engineering
                """);

        assertThat(e).extracting(Education::degree, Education::institution).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MASTER OF SCIENCE IN DATA SCIENCE", "Baltic University of Technology"),
                org.assertj.core.groups.Tuple.tuple("ENGINEER'S DEGREE IN ELECTRONICS", "Pomeranian Academy of Engineering"));
    }

    @Test
    void aSchoolOrItsTownBeforeADashAndTheDegreeAfterIt() {
        // a second text line under each header: the dash is inside one line, not between the header's parts
        List<Education> e = education("""
                Education
                Harlow Valley University — M.S. in Statistics
                Responsible AI track
                Aug 2023 – May 2025
                Kestrel Institute of Technology, Pune, MH — B.Tech. in Electronics
                Minor in Statistics
                Jul 2017 – Jun 2021
                """);

        assertThat(e).extracting(Education::institution)
                .containsExactly("Harlow Valley University", "Kestrel Institute of Technology");
        assertThat(e).extracting(Education::degree).containsExactly("M.S. in Statistics", "B.Tech. in Electronics");
    }

    @Test
    void aTownBesideTheDatesIsNoSchoolOfItsOwn() {
        // a narrow column's dates line, split off as an entry of its own: "Mar 2022 – Jul 2022 | Tarrow, Germany"
        Entry entry = new Entry();
        entry.header.add(new TextLine(List.of("Mar 2022 – Jul 2022 | Tarrow, Germany"), List.of(40f), 10, false, 40,
                2, 1, 200));
        assertThat(EducationFields.education(entry)).isEmpty();

        Entry school = new Entry();
        school.header.add(new TextLine(List.of("Kestrel Technical College | Tarrow, Germany"), List.of(40f), 10,
                false, 40, 2, 1, 240));
        assertThat(EducationFields.education(school)).map(Education::institution)
                .hasValue("Kestrel Technical College");
    }

    @Test
    void aDatedGradeLineUnderADegreeOpensNoEntry() {
        List<Education> e = education("""
                Education
                Harwick State University                          Harwick, OH
                Bachelor of Science in Statistics                 Expected May 2026
                    GPA: 3.62/4.00; Dean's List (Fall 2023 – Spring 2025)
                    Relevant Coursework: Regression, Databases, Machine Learning
                """);

        assertThat(e).extracting(Education::institution).containsExactly("Harwick State University");
    }

    @Test
    void gradesAndSubjectsAfterTheDegreeAreNotPartOfIt() {
        List<Education> e = education("""
                Education
                Abitur (Note 2,1), Gymnasium am Kastanienhof    2009 – 2012
                A-levels: Mathematics (A*), Physics (A), Kingsbrook Sixth Form College    2010 – 2012
                """);

        assertThat(e).extracting(Education::degree).containsExactly("Abitur", "A-levels");
    }

    @Test
    void degreeNamesOfOtherSystemsAreDegrees() {
        List<Education> e = education("""
                Education
                B.Math. in Statistics, Northbay University    2013 – 2018
                Maestría en Ciencia de Datos, Universidad del Altiplano    2019 – 2021
                """);

        assertThat(e).extracting(Education::degree)
                .containsExactly("B.Math. in Statistics", "Maestría en Ciencia de Datos");
    }

    @Test
    void furtherTrainingIsNoEducation() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Ilse Marenkamp
                ilse.marenkamp@example.org

                Ausbildung
                Master of Science Informatik, Universität Lindenau    2012 – 2014
                Weiterbildung
                Certified Kafka Developer, Streamhaus Akademie    2020
                """).profile();

        assertThat(p.education()).extracting(Education::institution).containsExactly("Universität Lindenau");
    }

    @Test
    void schoolsListedApartFromTheQualificationsEarnedThereArePairedInOrder() {
        List<Education> e = education("""
                INSTITUTIONS ATTENDED WITH DATES
                2013 – 2018
                Coastal University of Technology, Oyomba
                2007 – 2013
                Saint Brendan Model College, Ekpene
                EDUCATIONAL QUALIFICATIONS WITH DATES
                Bachelor of Technology (B.Tech.) Computer Engineering – Second Class Upper Division   2018
                West African Senior School Certificate (WASSCE)   2013
                """);

        assertThat(e).extracting(Education::institution)
                .containsExactly("Coastal University of Technology", "Saint Brendan Model College");
        assertThat(e).extracting(Education::degree).containsExactly(
                "Bachelor of Technology (B.Tech.) Computer Engineering", "West African Senior School Certificate (WASSCE)");
    }

    @Test
    void aFieldAcronymAfterInIsPartOfTheDegreeAndAGradeCellNamesNothing() {
        List<Education> e = education("""
                Education
                B.Sc. in CSE    2016 – 2020
                Northgate University of Science and Technology
                Grade A-    2012 – 2014
                Lakemoor Girls' High School
                """);

        assertThat(e).extracting(Education::degree).first().isEqualTo("B.Sc. in CSE");
        assertThat(e).extracting(Education::institution).doesNotContain("CSE", "Grade A-");
    }

    @Test
    void aLevelColumnNamesNeitherSchoolNorDegreeAndAHighSchoolIsASchool() {
        List<Education> e = education("""
                EDUCATIONAL ATTAINMENT
                Tertiary    Marikina Bay State University    2016 – 2020
                Secondary    Lagundi City Science High School    2010 – 2016
                """);

        assertThat(e).extracting(Education::institution)
                .containsExactly("Marikina Bay State University", "Lagundi City Science High School");
    }

    @Test
    void aDegreeAtItsSchoolAndASmallCapsDegreeSplitFromItsField() {
        List<Education> e = education("""
                Education
                2017 — 2018    MSc Robotics @ Ashcombe University
                Kestrel Bay Institute of Technology                               Bergen, Norway
                M.SC.    IN DATA ENGINEERING, STREAM PROCESSING                            2014 - 2016
                """);

        assertThat(e).extracting(Education::institution)
                .containsExactly("Ashcombe University", "Kestrel Bay Institute of Technology");
        assertThat(e).extracting(Education::degree)
                .containsExactly("MSc Robotics", "M.SC IN DATA ENGINEERING, STREAM PROCESSING");
    }

    @Test
    void aDetailLineUnderTheDegreeIsNoSchoolOfItsOwn() {
        List<Education> e = education("""
                Education
                Brackenmoor State University                          Expected May 2026
                B.S. in Computer Science, Minor in Statistics
                Awards: Dean's List (four terms); 3rd place, city hackathon 2024
                """);

        assertThat(e).extracting(Education::institution).containsExactly("Brackenmoor State University");
    }

    @Test
    void aWrappedGradeAndAnHonourListUnderASecondDegreeNameNoSchool() {
        List<Education> e = education("""
                Education
                Corrigan Lake University, Halden, ON
                  M.Sc. Data Science, Sep 2024 – expected 2026
                  B.Sc. Mathematics and Economics, Sep 2019 – Apr 2024, GPA
                  3.78/4.0
                    Dean’s Honour List 2020–2023
                """);

        assertThat(e).extracting(Education::institution)
                .containsExactly("Corrigan Lake University", "Corrigan Lake University");
        assertThat(e).extracting(Education::degree)
                .containsExactly("M.Sc. Data Science", "B.Sc. Mathematics and Economics");
    }

    @Test
    void aDegreeAndItsFieldAfterACommaAreNoTownAndRegion() {
        List<Education> e = education("""
                Education
                2013 – 2016
                Licencjat, Socjologia
                Uniwersytet Pomorski, Słupsk
                """);

        assertThat(e).extracting(Education::degree).containsExactly("Licencjat, Socjologia");
        assertThat(e).extracting(Education::institution).containsExactly("Uniwersytet Pomorski");
    }

    @Test
    void turkishAndGermanDegreeWordsAndADegreeBesideItsTown() {
        List<Education> e = education("""
                Eğitim
                Karaçam Teknik Üniversitesi                                   Eylül 2016 – Haziran 2018
                Yüksek Lisans, Veri Bilimi                                              Trabzon
                Marmara Kıyısı Üniversitesi                                   Eylül 2012 – Haziran 2016
                Lisans, Matematik · GNO: 3,22/4,00                                      Tekirdağ
                Hochschule Lindenau                                                      2008 – 2012
                Studium der Wirtschaftsinformatik, Abschluss: Diplom
                """);

        assertThat(e).extracting(Education::degree).containsExactly("Yüksek Lisans, Veri Bilimi",
                "Lisans, Matematik", "Studium der Wirtschaftsinformatik, Abschluss: Diplom");
    }

    @Test
    void indonesianDegreeWordsAreDegrees() {
        List<Education> e = education("""
                Pendidikan
                Institut Teknologi Cempaka                                          2015 – 2019
                Sarjana Komputer (S.Kom.), Sistem Informasi
                """);

        assertThat(e).extracting(Education::degree).containsExactly("Sarjana Komputer (S.Kom.), Sistem Informasi");
    }

    @Test
    void aCertificateAwardedByASchoolIsADegree() {
        List<Education> e = education("""
                Education
                Lakeshore Polytechnic                                               2021 – 2022
                Graduate Certificate, Applied Machine Learning
                Westbrook University                                                2016 – 2020
                Bachelor of Commerce, Finance
                """);

        assertThat(e).extracting(Education::degree)
                .containsExactly("Graduate Certificate, Applied Machine Learning", "Bachelor of Commerce, Finance");
    }
}
