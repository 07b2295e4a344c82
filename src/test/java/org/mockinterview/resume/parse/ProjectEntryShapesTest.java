package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/** Project entries whose name carries a note after a dash, and descriptions that wrap right above the next dates. */
class ProjectEntryShapesTest {

    @Test
    void aNoteInLowerCaseAfterTheNamesCommaIsNoPartOfTheName() {
        ResumeProfile p = TextResumes.parse("""
                Research projects
                2021 – 2024  TideWatch, funded by the regional fisheries board
                Bayesian models of sea lice spread, joined to ocean current forecasts.
                2019 – 2020  Driftwood Counts, with the coastal volunteers' network
                Image counts of beached timber from drone surveys.
                """);

        assertThat(p.projects()).extracting(Project::name).containsExactly("TideWatch", "Driftwood Counts");
    }

    @Test
    void theToolsLineUnderAProjectsTextHeadsNoProject() {
        ResumeProfile p = TextResumes.parse("""
                Proyectos
                Alerta de Heladas                                                2024
                Modelo de temperatura mínima por parcela con datos de estaciones y satélite.
                Tecnologías: Python, LightGBM, xarray
                Ruteo de Cosechadoras                                            2022
                Optimización diaria de rutas con OR-Tools para doce cuadrillas.
                Tecnologías: OR-Tools, PostgreSQL
                """);

        assertThat(p.projects()).extracting(Project::name).containsExactly("Alerta de Heladas", "Ruteo de Cosechadoras");
        assertThat(p.projects().get(1).technologies()).contains("PostgreSQL");
    }

    @Test
    void aSentenceAfterTheNameDescribesTheProjectAndWrapsOntoTheNextLine() {
        ResumeProfile p = TextResumes.parse("""
                Projects
                Floodgate – an open dashboard of river levels across the county, refreshed
                hourly from public gauges (Python, DuckDB).
                """);

        assertThat(p.projects()).extracting(Project::name).containsExactly("Floodgate");
        assertThat(p.projects().get(0).summary())
                .isEqualTo("an open dashboard of river levels across the county, refreshed hourly from public gauges (Python, DuckDB).");
    }

    @Test
    void aProjectNamedWithANoteInSectionWordsIsAnEntryNotAHeading() {
        ResumeProfile p = TextResumes.parse("""
                Projetos
                sado-etl — open source
                Pipelines de exemplo para pequenas equipas com Airflow.
                Alerta Cheias — projeto voluntário
                Alertas de cheias por distrito com Kafka e Python.
                """);

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).containsExactly("Projetos");
        assertThat(p.projects()).extracting(Project::name).containsExactly("sado-etl", "Alerta Cheias");
    }

    @Test
    void aWrappedDescriptionHoldingASentenceBreakIsNoTitleOverTheNextDates() {
        ResumeProfile p = TextResumes.parse("""
                PROGETTI
                [ 2024 ]
                PREVISIONE DEI CONSUMI PER CONDOMINI
                Progetto open source che stima i consumi di un condominio a 48 ore, usando
                serie storiche e modelli lineari. Link: github.com/example/condo-forecast
                [ 2022 – 2023 ]
                ASSISTENTE PER BANDI COMUNALI
                Prototipo che risponde a domande sui bandi citando gli articoli.
                """);

        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("PREVISIONE DEI CONSUMI PER CONDOMINI", "ASSISTENTE PER BANDI COMUNALI");
    }

    @Test
    void aNoteLeftInBracketsOnceTheDateIsCutOutIsNoPartOfTheName() {
        ResumeProfile p = TextResumes.parse("""
                Projects
                RiverNLP (2022, open source)
                Topic classification of council minutes with a fine-tuned encoder.
                """);

        assertThat(p.projects()).extracting(Project::name).containsExactly("RiverNLP");
    }

    @Test
    void aRoleBadgeOverACardNamesTheCandidatesPartNotTheProject() {
        ResumeProfile p = TextResumes.parse("""
                Open Source
                MAINTAINER                 2022 – present
                harbourlog
                Structured logging for batch jobs, with one line per record and no lost context.

                CO-AUTHOR                  2020
                quayside
                A scheduler that retries failed loads with jittered back-off.
                """);

        assertThat(p.projects()).extracting(Project::name).containsExactly("harbourlog", "quayside");
    }
}
