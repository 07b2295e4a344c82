package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Experience layouts that survive as plain text: two-level lists, gutter dates, comma and pipe headers. */
class ResumeTextParserLayoutsTest {

    private static final String HEAD = "Mara Lindqvist, PhD\nmara.lindqvist@example.org\n\n";

    private static List<Experience> experience(String body) {
        ResumeProfile p = new ResumeTextParser().parse(HEAD + body).profile();
        assertThat(p.name()).isEqualTo("Mara Lindqvist");
        return p.experience();
    }

    @Test
    void aTitleDashOrganisationLineOverDatesAndPlaceKeepsTheTeamInTheTitle() {
        List<Experience> e = experience("""
                Experience
                Senior Data Scientist — Okapi Mobile Money Ltd
                Mar 2022 – Present · Nairobi, Kenya (hybrid)
                  • Built the agent-liquidity forecast used by 9,000 agents.
                Analyst, Credit Risk Team — Savanna Microfinance
                Sept. 2019 — Feb. 2022 · Kampala, Uganda
                  • Rebuilt the scorecard in Python.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Senior Data Scientist", "Analyst, Credit Risk Team");
        assertThat(e).extracting(Experience::organization)
                .containsExactly("Okapi Mobile Money Ltd", "Savanna Microfinance");
    }

    @Test
    void aBilingualTitleUnderTheCompanyLineIsTheTitle() {
        List<Experience> e = experience("""
                工作经历 Work Experience
                苏州白鹭数据科技有限公司                          2021.07 – 至今
                高级数据工程师 Senior Data Engineer       杭州
                    负责商品搜索排序模型，点击率提升 3%。
                南京青石信息技术有限公司                          2019.03 – 2021.06
                算法工程师 Algorithm Engineer               上海
                    维护数据仓库的每日任务。
                """);

        assertThat(e).extracting(Experience::title)
                .containsExactly("高级数据工程师 Senior Data Engineer", "算法工程师 Algorithm Engineer");
        assertThat(e).extracting(Experience::organization).containsExactly("苏州白鹭数据科技有限公司", "南京青石信息技术有限公司");
    }

    @Test
    void aFederalStyleEntryKeepsItsTitleBelowTheSalaryAndHoursLines() {
        List<Experience> e = experience("""
                Work Experience
                Bureau of Harbor Statistics, Office of Survey Methods
                410 Quayside Avenue, Norfolk, VA 23510 United States
                08/2021 - Present
                Salary: $118,000.00 USD Per Year
                Hours per week: 40
                Statistician (Data Science)
                Duties, Accomplishments and Related Skills:
                    Built the imputation models for the monthly freight survey.
                    Received the methods award of the Bureau for the automated coding of shipments (2023).
                Supervisor: Dr. Ilse Varga ((555) 014-2231) Okay to contact this Supervisor: Yes
                Sandpiper Analytics LLC
                2200 Clarendon Boulevard, Arlington, VA 22201 United States
                09/2017 - 07/2021
                Salary: $78,000.00 USD Per Year
                Hours per week: 40
                Data Analyst II
                Duties, Accomplishments and Related Skills:
                    Cleaned and linked administrative records for state clients.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Statistician (Data Science)", "Data Analyst II");
        assertThat(e).extracting(Experience::organization)
                .containsExactly("Bureau of Harbor Statistics, Office of Survey Methods", "Sandpiper Analytics LLC");
    }

    @Test
    void aEuropassEditorEntryPutsThePlaceAfterTheDatesAndTheEmployerAfterTheTitle() {
        List<Experience> e = experience("""
                EXPERIÊNCIA PROFISSIONAL
                01/03/2023 – ATUAL – BRAGA, PORTUGAL
                ANALISTA DE DADOS – ATLÂNTIDA SEGUROS, S.A.
                    Relatórios mensais de sinistros.
                Área de atividade: Atividades financeiras e de seguros
                01/09/2022 – 28/02/2023 – AVEIRO, PORTUGAL
                ESTAGIÁRIA DE DADOS – RIAVENTO LOGÍSTICA, LDA.
                    Modelos de procura para os armazéns.
                Área de atividade: Transportes e armazenagem
                """);

        assertThat(e).extracting(Experience::title).containsExactly("ANALISTA DE DADOS", "ESTAGIÁRIA DE DADOS");
        assertThat(e).extracting(Experience::organization)
                .containsExactly("ATLÂNTIDA SEGUROS, S.A.", "RIAVENTO LOGÍSTICA, LDA.");
        assertThat(e).extracting(Experience::location).containsExactly("BRAGA, PORTUGAL", "AVEIRO, PORTUGAL");
    }

    @Test
    void cardsOfLabelledRowsUnderTheEmployersNameAreEntries() {
        List<Experience> e = experience("""
                Experience
                Lindenhof Freight
                Company:    Lindenhof Freight GmbH
                Role:       Senior Data Engineer
                Dates:      March 1, 2022 → Present
                Location:   Hamburg
                ▾ What I did
                    Moved the nightly loads to change-data-capture.
                Ostsee Energie
                Company:    Ostsee Energie AG
                Role:       Data Engineer
                Dates:      August 2019 → February 2022
                Location:   Kiel
                ▾ What I did
                    Ran the billing data checks.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Senior Data Engineer", "Data Engineer");
        assertThat(e).extracting(Experience::organization).containsExactly("Lindenhof Freight GmbH", "Ostsee Energie AG");
        assertThat(e).extracting(Experience::location).containsExactly("Hamburg", "Kiel");
    }

    @Test
    void organisationWithItsCityAfterTheTitleDashIsTheOrganisation() {
        List<Experience> e = experience("""
                Experiencia profesional
                ene. 2020 – actualidad
                Analista sénior — Bodegas Ribera Norte, Logroño
                    Modelos de previsión de ventas por tienda.
                mar. 2017 – dic. 2019
                Ingeniera de datos — Transportes Cierzo, Zaragoza
                    Cargas diarias en Airflow.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Analista sénior", "Ingeniera de datos");
        assertThat(e).extracting(Experience::organization).containsExactly("Bodegas Ribera Norte", "Transportes Cierzo");
        assertThat(e).extracting(Experience::location).containsExactly("Logroño", "Zaragoza");
    }

    @Test
    void titleAtOrganisationOverALowerCaseDescriptionOfTheEmployer() {
        List<Experience> e = experience("""
                Experience
                Since 2021
                Data Engineer at Morrow Freight
                regional rail logistics
                    Built the ingestion for 40 depots.
                2018 — 2021
                Backend Developer at Pelican Labs
                software house
                    Wrote the billing service.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Data Engineer", "Backend Developer");
        assertThat(e).extracting(Experience::organization).containsExactly("Morrow Freight", "Pelican Labs");
    }

    @Test
    void jsonResumeWorkSectionAndDashedHeaderOverItsPlace() {
        List<Experience> e = experience("""
                Work
                Analista de Dados – Banco Pinhal          mar/2020 – atual
                Curitiba, PR
                    Modelos de risco de crédito.
                Estagiária – Loja Tucano          jan/2019 – fev/2020
                Recife, PE
                    Relatórios semanais.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Analista de Dados", "Estagiária");
        assertThat(e).extracting(Experience::organization).containsExactly("Banco Pinhal", "Loja Tucano");
    }

    @Test
    void dutchTitleBijOrganisationBesideItsCityAndAnInitialsLogo() {
        List<Experience> e = experience("""
                Werkervaring
                Data-analist bij Polderwind Energie B.V.          Utrecht
                sep. 2019 – heden
                    Prognoses van windopbrengst.
                ZH          Zeekant Havens
                Stagiair data
                feb. 2018 – jul. 2018
                    Dashboards voor de havenmeester.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Data-analist", "Stagiair data");
        assertThat(e).extracting(Experience::organization).containsExactly("Polderwind Energie B.V.", "Zeekant Havens");
        assertThat(e).extracting(Experience::dates).containsExactly("sep. 2019 – heden", "feb. 2018 – jul. 2018");
    }

    @Test
    void organisationLineWithItsCityOverATitleLine() {
        List<Experience> e = experience("""
                Experience
                HALDEN DATA · OSLO
                Machine Learning Engineer
                April 2021 – Present
                    Built the ranking service.
                KORMA FOODS · BERGEN
                Data Analyst
                June 2018 – March 2021
                    Owned the weekly sales dashboards.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Machine Learning Engineer", "Data Analyst");
        assertThat(e).extracting(Experience::organization).containsExactly("HALDEN DATA", "KORMA FOODS");
        assertThat(e).extracting(Experience::location).containsExactly("OSLO", "BERGEN");
    }

    @Test
    void twoLevelListOuterItemsAreEntriesInnerItemsTheirBullets() {
        List<Experience> e = experience("""
                EXPERIENCE
                • Software Engineer, Nimbus Labs, 2019 – 2021
                    o   Built an ingestion service in Go
                    o Reduced p99 latency by 35%
                • Backend Developer, Orbit Systems Inc, 2017 – 2019
                    o   Automated weekly reporting with SQL
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Backend Developer");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Systems Inc");
        assertThat(e).extracting(Experience::dates).containsExactly("2019 – 2021", "2017 – 2019");
        assertThat(e.get(0).highlights()).containsExactly("Built an ingestion service in Go", "Reduced p99 latency by 35%");
    }

    @Test
    void twoLevelProjectListNamesEveryOuterItemWithOrWithoutNestedBullets() {
        ResumeProfile p = new ResumeTextParser().parse(HEAD + """
                PROJECTS
                • Harbor Tide Forecaster: Capstone project with a port authority
                    • Trained a gradient-boosted model on 8 years of gauge data
                • Lantern
                • Quill Search: Semantic search over lab notebooks
                    • Cut query latency by 40% with an HNSW index
                • Parcel Router: Python, OR-Tools, Docker
                """).profile();

        assertThat(p.projects()).extracting(ResumeProfile.Project::name)
                .containsExactly("Harbor Tide Forecaster", "Lantern", "Quill Search", "Parcel Router");
        assertThat(p.projects().get(0).highlights()).doesNotContain("Lantern");
    }

    @Test
    void organisationAndPlaceOnTheLineUnderTheTitle() {
        List<Experience> e = experience("""
                EXPERIENCE
                Research Scientist
                Quillon Insurance Group, Lisbon, Portugal
                Jul. 2024 to Present
                • Reduced false alerts by 40% with an ensemble
                Research Intern
                Fernway Ski House, Singapore
                Jun. 2023 to Aug. 2023
                • Built a churn model in TensorFlow
                """);

        assertThat(e).extracting(Experience::organization).containsExactly("Quillon Insurance Group", "Fernway Ski House");
        assertThat(e).extracting(Experience::location).containsExactly("Lisbon, Portugal", "Singapore");
    }

    @Test
    void oneLevelListOfNameLedItemsIsAListOfProjects() {
        ResumeProfile p = new ResumeTextParser().parse(HEAD + """
                PROJECTS
                • Harbor Tide Forecaster: predicts port water levels from 8 years of gauge data
                • Quill Search: semantic search over lab notebooks, 40% faster queries
                """).profile();

        assertThat(p.projects()).extracting(ResumeProfile.Project::name)
                .containsExactly("Harbor Tide Forecaster", "Quill Search");
    }

    @Test
    void twoLevelListWithRightAlignedDates() {
        List<Experience> e = experience("""
                EXPERIENCE
                • Software Engineer, Nimbus Labs          2019 – 2021
                    o   Built an ingestion service in Go
                • Backend Developer, Orbit Systems Inc          2017 – 2019
                    o   Automated weekly reporting with SQL
                """);

        assertThat(e).extracting(Experience::dates).containsExactly("2019 – 2021", "2017 – 2019");
    }

    @Disabled("limitation: a flat paste of a two-level list (• and o items at one indent) yields no experience; the "
            + "marker kinds alone could tell the levels apart")
    @Test
    void twoLevelListPastedWithoutIndentation() {
        List<Experience> e = experience("""
                EXPERIENCE
                • Software Engineer, Nimbus Labs, 2019 – 2021
                o Built an ingestion service in Go
                • Backend Developer, Orbit Systems Inc, 2017 – 2019
                o Automated weekly reporting with SQL
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Backend Developer");
    }

    @Test
    void gutterDatesOpenEntries() {
        List<Experience> e = experience("""
                EXPERIENCE
                2019 - 2021       Software Engineer, Nimbus Labs
                                  • Built an ingestion service in Go.
                                  • Reduced latency by 35%.
                2017 - 2019       Backend Developer, Orbit Systems Inc
                                  Automated weekly reporting with SQL for the finance and sales teams.
                                  Migrated 2019 dashboards to a shared semantic layer.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Backend Developer");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Systems Inc");
        assertThat(e).extracting(Experience::dates).containsExactly("2019 - 2021", "2017 - 2019");
        assertThat(e.get(1).highlights()).hasSize(2);
    }

    @Test
    void gutterEntryWithShortBodySentences() {
        List<Experience> e = experience("""
                EXPERIENCE
                2019 - 2021       Software Engineer, Nimbus Labs
                                  Built an ingestion service in Go.
                                  Reduced latency by 35%.
                2017 - 2019       Backend Developer, Orbit Systems Inc
                                  Automated weekly reporting.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Backend Developer");
    }

    @Test
    void gutterEntryWhoseHeaderWordsCancel() {
        List<Experience> e = experience("""
                EXPERIENCE
                2019 - 2021       Software Engineer, Nimbus Labs
                                  • Built an ingestion service in Go.
                2017 - 2019       Data Analyst, Orbit Systems
                                  • Automated weekly reporting with SQL.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Data Analyst");
    }

    @Test
    void titleOrganisationCityHeaders() {
        List<Experience> e = experience("""
                EXPERIENCE
                Software Engineer, Nimbus Labs, Lisbon          2019 – 2021
                • Built an ingestion service in Go
                Data Analyst, Orbit Systems, Porto          2017 – 2019
                • Automated weekly reporting with SQL
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Data Analyst");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Systems");
        assertThat(e).extracting(Experience::dates).containsExactly("2019 – 2021", "2017 – 2019");
    }

    @Test
    void organisationFirstSectionsAreOrientedAsAWhole() {
        List<Experience> e = experience("""
                EXPERIENCE
                Nimbus Labs | Software Engineer          2019 – 2021
                • Built an ingestion service in Go
                Orbit Systems | Data Analyst          2017 – 2019
                • Automated weekly reporting with SQL
                Quillon | Fernway          2016 – 2017
                • Ran pricing experiments
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Data Analyst", "Fernway");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Systems", "Quillon");
    }

    @Test
    void multiLineHeadersKeepDashesInsideTitles() {
        List<Experience> e = experience("""
                EXPERIENCE
                Nimbus Labs          2019 – 2021
                Senior Engineer - Platform Team
                • Built an ingestion service in Go
                Orbit Systems Inc          2016 – 2019
                Data Analyst - Growth
                • Automated weekly reporting with SQL
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Senior Engineer - Platform Team", "Data Analyst - Growth");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Systems Inc");
    }

    @Test
    void placesBesideHeadersBecomeTheLocation() {
        List<Experience> e = experience("""
                EXPERIENCE
                Software Engineer | Nimbus Labs          Toulouse - France          2019 – 2021
                • Built an ingestion service in Go
                Backend Developer | Orbit Labs          Berlin, Germany          2017 – 2019
                • Automated weekly reporting with SQL
                """);

        assertThat(e).extracting(Experience::location).containsExactly("Toulouse - France", "Berlin, Germany");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Labs");
    }

    @Test
    void hangingIndentContinuesABulletWhateverItsFirstLetter() {
        List<Experience> e = experience("""
                EXPERIENCE
                Software Engineer | Nimbus Labs          2019 – 2021
                • Built an ingestion service in Go that processes billing
                  Events for twelve regional teams
                • Reduced latency by 35%
                """);

        assertThat(e).singleElement().extracting(Experience::highlights).asList().containsExactly(
                "Built an ingestion service in Go that processes billing Events for twelve regional teams",
                "Reduced latency by 35%");
    }

    @Test
    void outdentedLinesAfterIndentedBodiesStartEntries() {
        List<Experience> e = experience("""
                EXPERIENCE
                Software Engineer at Nimbus Labs
                    Built an ingestion service in Go for billing events across regions.
                    Reduced latency of the checkout path by a third through caching.
                Backend Developer at Orbit Labs
                    Automated weekly reporting with SQL for the finance department.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Backend Developer");
        assertThat(e).extracting(Experience::organization).containsExactly("Nimbus Labs", "Orbit Labs");
        assertThat(e.get(0).highlights()).hasSize(2);
    }

    @Test
    void bulletedHeadersWithDateCellsOverUnbulletedBodies() {
        List<Experience> e = experience("""
                EXPERIENCE
                • Software Engineer | Nimbus Labs          2019 – 2021
                  Built an ingestion service in Go for the billing team.
                • Backend Developer | Orbit Labs          2017 – 2019
                  Automated weekly reporting with SQL for finance.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer", "Backend Developer");
    }

    @Test
    void aGutterOfDatesAndPlacesBesideTitleAndEmployer() {
        List<Experience> e = experience("""
                Arbetslivserfarenhet
                  jan 2020 – nu      Maskininlärningsingenjör
                       Göteborg      Fjällbrant Logistik AB
                                     – Utvecklar prognosmodeller för lagerbehov (LightGBM).
                aug 2017 – dec 2019   Dataanalytiker, kreditrisk
                          Uppsala    Sörmlands Kreditbank
                                     – Byggde modeller för kreditrisk i R.
                """);

        assertThat(e).extracting(Experience::organization).containsExactly("Fjällbrant Logistik AB", "Sörmlands Kreditbank");
        assertThat(e).extracting(Experience::location).containsExactly("Göteborg", "Uppsala");
    }

    @Test
    void numberedEntriesOverTextIndentedPastTheirOwnWrap() {
        List<Experience> e = experience("""
                Experience
                  1. Veridian Orbital Systems — Software Engineering Intern (May 2024 – Aug. 2024)
                         Rewrote the telemetry decoder from Python to Rust, raising throughput to 41k frames a second.
                         Added contract tests between the ground-station API and the mission dashboard.
                  2. Pannonia Logistics Kft. — Machine Learning Intern (Jun. 2023 – Sept. 2023)
                         Trained a model that predicts late truck arrivals at the depot from GPS pings.
                """);

        assertThat(e).extracting(Experience::organization)
                .containsExactly("Veridian Orbital Systems", "Pannonia Logistics Kft");
        assertThat(e.get(0).highlights()).hasSize(2);
    }

    @Test
    void aResumeWrittenInMarkdownIsReadWithoutItsMarks() {
        ResumeProfile p = new ResumeTextParser().parse("""
                # Ravi Kowal-Aguirre
                > Senior software engineer · ravi.ka@example.org
                ## Experience
                - **Senior Software Engineer**, Marlowe Tide Payments (2022-present)
                    - Lead a team of five building the ledger service in Go.
                ## Skills
                Go, Rust, Kafka
                """).profile();

        assertThat(p.name()).isEqualTo("Ravi Kowal-Aguirre");
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).containsExactly("Experience", "Skills");
        assertThat(p.experience()).extracting(Experience::title).containsExactly("Senior Software Engineer");
    }

    @Test
    void aTeamSetOffByACommaAndTheEmployerByAt() {
        List<Experience> e = experience("""
                Experience
                Software Engineer, Search Relevance at Orrin Media          2019 – 2022
                  • Rebuilt the ranking features for the article search.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Software Engineer, Search Relevance");
        assertThat(e).extracting(Experience::organization).containsExactly("Orrin Media");
    }

    @Test
    void datesWithThePlaceAfterThemThenTitleThenEmployer() {
        List<Experience> e = experience("""
                Experiencia laboral
                ene. 2022 – actualidad · Valencia
                Científica de Datos Senior
                Grupo Albufera Seguros
                    Diseño del modelo de tarificación de hogar con GLM y LightGBM.
                sept. 2019 – dic. 2021 · Paterna
                Científica de Datos
                Mercaluz Retail
                    Previsión de demanda semanal.
                """);

        assertThat(e).extracting(Experience::title).containsExactly("Científica de Datos Senior", "Científica de Datos");
        assertThat(e).extracting(Experience::organization).containsExactly("Grupo Albufera Seguros", "Mercaluz Retail");
        assertThat(e).extracting(Experience::location).containsExactly("Valencia", "Paterna");
    }

    @Test
    void anEmployerBesideItsTitleIsNoPlaceWhenThePlaceFollowsTheDates() {
        List<Experience> e = experience("""
                EXPERIENCE
                Machine Learning Engineer | Brightfjord Semantics
                JAN 2022 – PRESENT · OSLO, NORWAY
                    Own the reranking models behind enterprise search for 40 customers.
                """);

        assertThat(e).extracting(Experience::organization).containsExactly("Brightfjord Semantics");
        assertThat(e).extracting(Experience::location).containsExactly("OSLO, NORWAY");
    }

    @Test
    void theEmployersWebAddressUnderTheHeaderIsNoEmployer() {
        List<Experience> e = experience("""
                Experience
                Senior Data Engineer @ Vereda Payments                      2022 – now
                vereda-payments.com.br
                  • Moved the warehouse to BigQuery and cut the monthly bill by 38%.
                """);

        assertThat(e).extracting(Experience::organization).containsExactly("Vereda Payments");
    }

    @Test
    void aJapaneseRirekishoHistoryTableGivesItsSchoolsAndJobs() {
        ResumeProfile p = new ResumeTextParser().parse("""
                履歴書                    2025年 4月 1日現在
                氏       名       高橋 美緒
                E-mail   mio.takahashi@example.jp
                年       月       学歴・職歴
                                  学 歴
                2014     3        北浜県立あさひ高等学校 普通科 卒業
                2014     4        西都情報大学 理工学部 数理情報学科 入学
                2018     3        西都情報大学 理工学部 数理情報学科 卒業
                                  職 歴
                2018     4        株式会社ハヤセ物流 入社
                                  物流企画部に配属 データアナリストとして需要予測を担当
                2022     9        株式会社ハヤセ物流 一身上の都合により退社
                2022     10       株式会社ルリ解析 入社
                                  データサイエンティストとして広告効果の分析に従事
                                  現在に至る
                                                                   以上
                年       月       免許・資格
                2019     6        統計検定2級 合格
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("データアナリスト", "データサイエンティスト");
        assertThat(p.experience()).extracting(Experience::organization).containsExactly("株式会社ハヤセ物流", "株式会社ルリ解析");
        assertThat(p.experience()).extracting(Experience::dates).containsExactly("2018年4月 – 2022年9月", "2022年10月 – 現在");
        assertThat(p.education()).extracting(ResumeProfile.Education::institution)
                .containsExactly("北浜県立あさひ高等学校", "西都情報大学");
        assertThat(p.sections()).extracting(ResumeProfile.Section::kind).contains("certifications");
    }
}
