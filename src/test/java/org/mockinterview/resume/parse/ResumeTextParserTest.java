package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-text fallback parser, including Chinese, Japanese and Korean resumes. */
class ResumeTextParserTest {

    private final ResumeTextParser parser = new ResumeTextParser();

    @Test
    void plainEnglishResume() {
        String text = """
                Jane Roe
                jane.roe@example.org | +44 20 7946 0958 | linkedin.com/in/janeroe

                P R O F E S S I O N A L   S U M M A R Y
                Data scientist focused on experimentation.

                EXPERIENCE
                Senior Data Scientist | Acme Analytics          Jan 2020 – Present
                London, UK
                • Built an uplift model with XGBoost; increased retention 4%
                • Designed A/B test guardrails with cross-validation of the variance estimates
                Data Analyst, Globex Corp          2017 - 2019
                - Migrated reports to dbt and Snowflake

                PROJECTS
                Churn Radar          2022
                • Survival analysis of subscription churn with Prophet forecasts

                EDUCATION
                University of Somewhere — MSc Statistics          2015 – 2017

                SKILLS
                Languages: Python, SQL, R
                ML: scikit-learn, PyTorch | LightGBM
                """;
        ResumeProfile p = parser.parse(text).profile();

        assertThat(p.name()).isEqualTo("Jane Roe");
        assertThat(p.email()).isEqualTo("jane.roe@example.org");
        assertThat(p.phone()).isEqualTo("+44 20 7946 0958");
        assertThat(p.links()).contains("linkedin.com/in/janeroe");
        assertThat(p.sections()).extracting(Section::kind)
                .containsExactly("summary", "experience", "projects", "education", "skills");
        assertThat(p.sections().get(0).heading()).isEqualTo("PROFESSIONAL SUMMARY");
        assertThat(p.experience()).extracting(Experience::title).containsExactly("Senior Data Scientist", "Data Analyst");
        assertThat(p.experience()).extracting(Experience::organization).containsExactly("Acme Analytics", "Globex Corp");
        assertThat(p.experience().get(0).dates()).isEqualTo("Jan 2020 – Present");
        assertThat(p.experience().get(0).location()).isEqualTo("London, UK");
        assertThat(p.experience().get(0).technologies()).contains("XGBoost");
        assertThat(p.projects()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("Churn Radar");
            assertThat(project.methods()).contains("survival analysis");
        });
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.institution()).isEqualTo("University of Somewhere");
            assertThat(e.degree()).isEqualTo("MSc Statistics");
        });
        assertThat(p.skills()).containsExactly("Python", "SQL", "R", "scikit-learn", "PyTorch", "LightGBM");
    }

    @Test
    void softHyphensAndHyphenatedBreaksAreJoined() {
        String text = """
                Jane Roe
                EXPERIENCE
                Research Engineer, Hooli          2021 – 2023
                • Built low-resource language mod\u00AD
                eling pipelines and a recom-
                mendation service
                """;
        ResumeProfile p = parser.parse(text).profile();

        assertThat(p.experience().get(0).highlights())
                .containsExactly("Built low-resource language modeling pipelines and a recommendation service");
    }

    @Test
    void chineseResume() {
        String text = """
                张伟
                zhang.wei@example.cn | 138 0013 8000

                工作经历
                算法工程师 | 字节跳动          2020.07 - 至今
                • 使用 PyTorch 构建推荐模型，点击率提升 12%

                项目经历
                风控模型平台          2019.03 - 2020.06
                • 基于 XGBoost 与 SHAP 的信用评分模型

                教育背景
                清华大学 | 计算机科学 硕士          2017 - 2020

                专业技能
                Python、SQL、Spark
                """;
        ResumeProfile p = parser.parse(text).profile();

        assertThat(p.name()).isEqualTo("张伟");
        assertThat(p.email()).isEqualTo("zhang.wei@example.cn");
        assertThat(p.sections()).extracting(Section::kind)
                .containsExactly("experience", "projects", "education", "skills");
        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("算法工程师");
            assertThat(e.organization()).isEqualTo("字节跳动");
            assertThat(e.dates()).isEqualTo("2020.07 - 至今");
            assertThat(e.highlights().get(0)).contains("推荐模型");
            assertThat(e.technologies()).contains("PyTorch");
        });
        assertThat(p.projects()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("风控模型平台");
            assertThat(project.methods()).contains("SHAP");
        });
        assertThat(p.education()).singleElement().satisfies(e -> assertThat(e.institution()).isEqualTo("清华大学"));
        assertThat(p.skills()).containsExactly("Python", "SQL", "Spark");
    }

    @Test
    void japaneseAndKoreanHeadings() {
        String japanese = """
                山田 太郎
                taro@example.jp
                職務経歴
                データサイエンティスト | 株式会社サンプル          2019年4月 - 現在
                • 需要予測モデルを構築
                学歴
                東京大学 工学部 修士          2017年3月
                スキル
                Python, R
                """;
        ResumeProfile jp = parser.parse(japanese).profile();
        assertThat(jp.sections()).extracting(Section::kind).containsExactly("experience", "education", "skills");
        assertThat(jp.experience()).singleElement().satisfies(e -> {
            assertThat(e.organization()).isEqualTo("株式会社サンプル");
            assertThat(e.dates()).isEqualTo("2019年4月 - 現在");
        });
        assertThat(jp.education()).singleElement().satisfies(e -> assertThat(e.institution()).contains("東京大学"));

        String korean = """
                김민준
                minjun@example.kr
                경력
                데이터 엔지니어 | 네이버          2018.03 - 현재
                • Spark 기반 데이터 파이프라인 구축
                학력
                서울대학교 통계학 학사          2014 - 2018
                기술
                SQL, Airflow
                """;
        ResumeProfile kr = parser.parse(korean).profile();
        assertThat(kr.sections()).extracting(Section::kind).containsExactly("experience", "education", "skills");
        assertThat(kr.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("데이터 엔지니어");
            assertThat(e.organization()).isEqualTo("네이버");
            assertThat(e.technologies()).contains("Spark");
        });
        assertThat(kr.skills()).containsExactly("SQL", "Airflow");
    }

    @Test
    void multilingualHeadingVocabulary() {
        assertThat(HeadingVocabulary.kindOf("Berufserfahrung")).contains("experience");
        assertThat(HeadingVocabulary.kindOf("Expérience professionnelle")).contains("experience");
        assertThat(HeadingVocabulary.kindOf("Formación académica")).contains("education");
        assertThat(HeadingVocabulary.kindOf("Compétences")).contains("skills");
        assertThat(HeadingVocabulary.kindOf("Publicaciones")).contains("publications");
        assertThat(HeadingVocabulary.kindOf("Zertifikate")).contains("certifications");
        assertThat(HeadingVocabulary.kindOf("Idiomas")).contains("languages");
        assertThat(HeadingVocabulary.kindOf("Centres d'intérêt")).contains("interests");
        assertThat(HeadingVocabulary.kindOf("获奖情况")).contains("awards");
        assertThat(HeadingVocabulary.kindOf("自己PR")).contains("summary");
        assertThat(HeadingVocabulary.kindOf("연락처")).contains("contact");
        assertThat(HeadingVocabulary.kindOf("Built a model for experience ranking at scale")).isEmpty();
    }

    @Test
    void educationWithoutBulletsAndSecondRoleAtSameEmployer() {
        String text = """
                Jane Roe
                EXPERIENCE
                Acme Analytics
                Senior Data Scientist          2021 – Present
                • Led the forecasting team of six
                Data Scientist          2019 – 2021
                • Built demand forecasts with ARIMA
                EDUCATION
                Lakeside University, MSc Data Science          2017 – 2019
                Hill College, BSc Mathematics          2014 – 2017
                """;
        ResumeProfile p = parser.parse(text).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Senior Data Scientist", "Data Scientist");
        assertThat(p.experience()).extracting(Experience::organization).containsOnly("Acme Analytics");
        assertThat(p.education()).extracting(ResumeProfile.Education::institution)
                .containsExactly("Lakeside University", "Hill College");
    }

    @Test
    void emptyTextIsNotExtractable() {
        ParsedResume parsed = parser.parse("   \n\n ");
        assertThat(parsed.textExtractable()).isFalse();
        assertThat(parsed.profile().experience()).isEmpty();
    }

    @Test
    void aProjectsKindLabelAndANoteOnTheCandidatesPartAreNoPartOfItsName() {
        ResumeProfile p = parser.parse("""
                Lea Okonjo
                lea.okonjo@example.org

                Projects
                Graduation Project: Dialect Speech Tagger (Grade: A)
                • Tagged regional dialect recordings with a fine-tuned wav2vec model.
                Night Vision Shelf Counter (Course project, team leader)
                • Counted shelf gaps in low light with a YOLO detector.
                """).profile();
        assertThat(p.projects()).extracting(ResumeProfile.Project::name)
                .containsExactly("Dialect Speech Tagger", "Night Vision Shelf Counter");
    }

    @Test
    void levelsPrintedUnderSkillsAreNoSkillsAndXingsOfferHoldsThem() {
        ResumeProfile p = parser.parse("""
                Lea Okonjo
                lea.okonjo@example.org

                Berufserfahrung
                Data Engineer, Brightwater Labs, 2020 – 2024
                • Built streaming ingestion.

                Ich biete
                Apache Spark
                Expert
                ●●●●○
                Data Vault 2.0
                Sehr gut
                4/5
                """).profile();
        assertThat(p.skills()).containsExactly("Apache Spark", "Data Vault 2.0");
    }

    @Test
    void skillLabelsSetOffByASpacedDashAreStripped() {
        ResumeProfile p = parser.parse("""
                Lea Okonjo
                lea.okonjo@example.org

                Experience
                Data Engineer, Brightwater Labs, 2020 – 2024
                • Built streaming ingestion.

                Skills
                Processing — Apache Spark, Apache Flink, Kafka
                Orchestration — Airflow, Dagster
                """).profile();
        assertThat(p.skills()).containsExactly("Apache Spark", "Apache Flink", "Kafka", "Airflow", "Dagster");
    }
}
