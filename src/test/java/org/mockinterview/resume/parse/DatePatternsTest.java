package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date and range recognition across languages and notations, durations and places beside headers. */
class DatePatternsTest {

    private static String found(String text) {
        return DatePatterns.find(text).map(DatePatterns.Found::value).orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Janeiro de 2019 - Dezembro de 2020; Janeiro de 2019 - Dezembro de 2020",
            "junho de 2017 - atualmente; junho de 2017 - atualmente",
            "Fev 2020 - Atual; Fev 2020 - Atual",
            "Septiembre 2017 - Actualidad; Septiembre 2017 - Actualidad",
            "septiembre de 2019 – presente; septiembre de 2019 – presente",
            "janvier 2015 – juin 2017; janvier 2015 – juin 2017",
            "Août 2019 à aujourd'hui; Août 2019 à aujourd'hui",
            "sept. 2022 – aujourd’hui; sept. 2022 – aujourd’hui",
            "März 2016 bis heute; März 2016 bis heute",
            "Mai 2019 – Okt. 2021; Mai 2019 – Okt. 2021",
            "Dez 2018; Dez 2018",
            "WiSe 2023/24; WiSe 2023/24",
            "Aug 2021 – Till Date; Aug 2021 – Till Date",
            "Agu 2021 – Des 2023; Agu 2021 – Des 2023",
            "Okt 2019 – Sekarang; Okt 2019 – Sekarang" })
    void foreignMonthsAndPresentWords(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
        assertThat(DatePatterns.isOnlyDate(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Oct '19 - Present; Oct '19 - Present",
            "Jun '19 – Aug '21; Jun '19 – Aug '21",
            "06/15 - Now; 06/15 - Now",
            "11/18 – 03/20; 11/18 – 03/20",
            "Present | 2016; Present | 2016",
            "2023 | 2019; 2023 | 2019",
            "Mar 2021 | Jan 2019; Mar 2021 | Jan 2019",
            "Current – 2018; Current – 2018",
            "Summer 2012 and 2013; Summer 2012 and 2013",
            "2014, 2015 and 2016; 2014, 2015 and 2016",
            "2016/09 - now; 2016/09 - now",
            "2019년 3월 - 2021년 8월; 2019년 3월 - 2021년 8월",
            "2019년 3월 ~ 현재; 2019년 3월 ~ 현재",
            "May – Aug 2024; May – Aug 2024",
            "gen 2021 – oggi; gen 2021 – oggi", "mrt. 2017 – heden; mrt. 2017 – heden", "jan 2020 – nu; jan 2020 – nu",
            "03.2019 – obecnie; 03.2019 – obecnie", "Mart 2020 – Günümüz; Mart 2020 – Günümüz",
            "Internship, Jun. - Sep. 2021; Jun. - Sep. 2021", "March, 2021 – Till Date; March, 2021 – Till Date",
            "M.Sc. Statistics, Sep 2024 – expected 2026; Sep 2024 – expected 2026", "expected May 2027; expected May 2027" })
    void apostrophesShortRangesEndFirstListsAndYearMonth(String text, String expected) {
        assertThat(found(text)).isEqualTo(expected);
    }

    @Test
    void datesAreFoundInsideHeaderText() {
        assertThat(found("Data Engineer, Nimbus Labs, Oct '19 - Present")).isEqualTo("Oct '19 - Present");
        assertThat(found("Platform Lead | Orbit Systems | 2016/09 - now")).isEqualTo("2016/09 - now");
        assertThat(found("Teaching Assistant, Summer 2012 and 2013")).isEqualTo("Summer 2012 and 2013");
        assertThat(DatePatterns.isOnlyDate("Data Engineer, Oct '19 - Present")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "06/15", "Score 06/15", "passed 9/10 modules", "top 52/2500 applicants" })
    void monthSlashTwoDigitYearAloneIsNotADate(String text) {
        assertThat(DatePatterns.hasDate(text)).isFalse();
    }

    @Test
    void vietnameseMonthsAreNumberedAndTheOpenEndIsNow() {
        assertThat(found("Chuyên viên Phân tích Dữ liệu  Tháng 6/2022 – Hiện tại")).isEqualTo("Tháng 6/2022 – Hiện tại");
        assertThat(found("Thực tập sinh  tháng 01 năm 2020 - tháng 06 năm 2020"))
                .isEqualTo("tháng 01 năm 2020 - tháng 06 năm 2020");
        assertThat(DatePatterns.isOnlyDate("2019 – nay")).isTrue();
    }

    @Test
    void vietnameseTitlesAndCompaniesAreToldApart() {
        assertThat(TitleLexicon.titleScore("Chuyên viên Phân tích Dữ liệu")).isPositive();
        assertThat(TitleLexicon.titleScore("Thực tập sinh Data Science")).isPositive();
        assertThat(TitleLexicon.titleScore("Công ty TNHH Giải pháp Dữ liệu Lotus")).isNegative();
        assertThat(TitleLexicon.titleScore("Ngân hàng TMCP Hải Đăng – Chi nhánh Đà Nẵng")).isNegative();
    }

    @Test
    void bracketedDurationsAreRemoved() {
        assertThat(DatePatterns.withoutDuration("2008 (3 months)")).isEqualTo("2008");
        assertThat(DatePatterns.isOnlyDate(DatePatterns.withoutDuration("2008 (3 months)"))).isTrue();
        assertThat(DatePatterns.withoutDuration("Jan 2019 - Mar 2020 (1 year)")).isEqualTo("Jan 2019 - Mar 2020");
        assertThat(DatePatterns.withoutDuration("2019 (6 mois)")).isEqualTo("2019");
        assertThat(DatePatterns.withoutDuration("2019 (Berlin)")).isEqualTo("2019 (Berlin)");
        assertThat(DatePatterns.isDuration("3 years 4 months")).isTrue();
        assertThat(DatePatterns.isDuration("(1 yr 2 mos)")).isTrue();
        assertThat(DatePatterns.isDuration("3 engineers")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Toulouse - France", "Berlin, Germany", "São Paulo, Brasil", "Frankfurt am Main, Germany",
            "New York, NY", "Porto – Portugal", "Denver, CO", "Remote (Boulder, CO)" })
    void placesBesideHeaders(String text) {
        assertThat(DatePatterns.isPlace(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Senior Engineer", "Nimbus Labs GmbH, Berlin", "Lakeside University, Oslo",
            "data pipelines", "Platform Engineer - Payments", "Pricing Team", "Claims Department" })
    void titlesOrganisationsAndProseAreNotPlaces(String text) {
        assertThat(DatePatterns.isPlace(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Data Analyst, Orbit Systems", "Backend Developer, Orbit Labs", "Software Engineer, Oslo" })
    void titleAndOrganisationWhoseWordScoresCancelIsNotAPlace(String text) {
        assertThat(DatePatterns.isPlace(text)).isFalse();
    }

    @Test
    void remoteAndHybridArePlaces() {
        assertThat(DatePatterns.isPlace("Remote")).isTrue();
        assertThat(DatePatterns.isPlace("Hybrid")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "enero de 2020 a la actualidad", "marzo de 2018 hasta la actualidad" })
    void presentWordsAfterAnArticleCloseTheRange(String text) {
        assertThat(found(text)).isEqualTo(text);
    }

    @Test
    void fullDatesDayFirstOrIsoAreOnePointEach() {
        assertThat(found("15/09/2018–28/02/2021 Analista dati")).isEqualTo("15/09/2018–28/02/2021");
        assertThat(found("01.03.2021 – 31.12.2022")).isEqualTo("01.03.2021 – 31.12.2022");
        assertThat(found("2021-03-01 – 2022-01-31")).isEqualTo("2021-03-01 – 2022-01-31");
        assertThat(found("01/03/2021–alla data attuale")).isEqualTo("01/03/2021–alla data attuale");
        assertThat(found("2019-03 – 2020-08")).isEqualTo("2019-03 – 2020-08");
    }

    @Test
    void aCompanysLegalFormEndsItsName() {
        assertThat(DatePatterns.endsWithCorporateForm("Harrow Mills Ltd")).isTrue();
        assertThat(DatePatterns.endsWithCorporateForm("Nordlicht Daten GmbH.")).isTrue();
        assertThat(DatePatterns.endsWithCorporateForm("Ltd Analytics Partners")).isFalse();
        assertThat(DatePatterns.endsWithCorporateForm("Manchester")).isFalse();
    }
}
