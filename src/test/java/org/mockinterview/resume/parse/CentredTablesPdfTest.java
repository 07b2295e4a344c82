package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A projects table in Spanish whose header cells are centred over their columns and whose rows are padded apart,
 * each cell centred in its row's height: a row's name, tools and description start on different lines.
 */
class CentredTablesPdfTest {

    @Test
    void eachPaddedRowUnderACentredHeaderIsOneProject() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 22, 58, 780, "Lucía Arboleda Pinzón");
            text(cs, false, 11, 58, 762, "lucia.arboleda@example.com");
            text(cs, true, 13, 58, 734, "EXPERIENCIA");
            text(cs, true, 12, 58, 714, "Analista de Datos · Cooperativa Andina de Ahorro");
            text(cs, false, 11, 58, 700, "Feb 2022 – Actualidad");
            text(cs, false, 11, 70, 686, "Modelos de riesgo de mora en Python para 40.000 asociados.");
            text(cs, true, 13, 250, 656, "PROYECTOS");
            text(cs, true, 12, 100, 632, "Proyecto");
            text(cs, true, 12, 225, 632, "Tecnologías");
            text(cs, true, 12, 405, 632, "Descripción");
            // each cell centred in its row: the lines of one row interleave, half a line apart
            text(cs, false, 11, 320, 618, "Modelo con registros de 9.000 estudiantes para");
            text(cs, true, 11, 58, 612, "Alerta temprana de");
            text(cs, false, 11, 200, 606, "Python, XGBoost");
            text(cs, false, 11, 320, 605, "anticipar el abandono en primer semestre.");
            text(cs, true, 11, 58, 599, "abandono escolar");
            text(cs, false, 11, 320, 583, "Tablero con lecturas horarias de estaciones de");
            text(cs, true, 11, 58, 577, "Tablero de ruido urbano");
            text(cs, false, 11, 200, 577, "Power BI, SQL");
            text(cs, false, 11, 320, 570, "ruido y alertas por barrio.");
            text(cs, true, 13, 250, 530, "EDUCACIÓN");
            text(cs, true, 12, 58, 510, "Universidad del Altiplano");
            text(cs, false, 11, 58, 496, "Ingeniería de Sistemas, 2016 – 2021");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Alerta temprana de abandono escolar", "Tablero de ruido urbano");
        assertThat(p.projects().get(1).highlights()).anyMatch(h -> h.contains("Power BI, SQL"));
    }

    @Test
    void aHeadingInTheMarginOnTheHeadersLineStaysTheSectionsHeading() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 22, 41, 780, "Dimas Wicaksono Putra");
            text(cs, false, 11, 41, 762, "dimas.wp@example.com");
            text(cs, true, 12, 41, 734, "Pengalaman");
            text(cs, true, 12, 146, 734, "Data Scientist · Bank Arunika Digital");
            text(cs, false, 11, 146, 720, "Mar 2021 – sekarang");
            text(cs, false, 11, 146, 706, "Model skor kredit untuk 1,2 juta nasabah pinjaman digital.");
            text(cs, true, 12, 41, 678, "Proyek");
            text(cs, true, 12, 176, 678, "Nama Proyek");
            text(cs, true, 12, 308, 678, "Teknologi");
            text(cs, true, 12, 421, 678, "Peran");
            text(cs, true, 12, 502, 678, "Durasi");
            text(cs, true, 11, 146, 662, "Prediksi Churn Kopi");
            text(cs, false, 11, 271, 662, "Python, LightGBM");
            text(cs, false, 11, 412, 662, "Lead");
            text(cs, false, 11, 486, 662, "2022 – 2023");
            text(cs, false, 11, 146, 648, "Model churn pelanggan aplikasi kopi dari riwayat transaksi mingguan.");
            text(cs, true, 11, 146, 628, "Deteksi Banjir Kota");
            text(cs, false, 11, 271, 628, "PyTorch, GeoPandas");
            text(cs, false, 11, 408, 628, "Anggota");
            text(cs, false, 11, 506, 628, "2021");
            text(cs, false, 11, 146, 614, "Segmentasi genangan dari citra satelit untuk peringatan dini banjir.");
            text(cs, true, 12, 41, 584, "Pendidikan");
            text(cs, true, 12, 146, 584, "S1 Statistika · Universitas Pesisir Raya");
            text(cs, false, 11, 146, 570, "2014 – 2018");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        // the heading is no column of the table: it heads its section, and the table's first row is a project
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).contains("Proyek");
        assertThat(p.projects()).extracting(Project::name).contains("Prediksi Churn Kopi");
    }
}
