package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * Entries printed in one run without a separator: the rows of a Japanese 職務経歴書's work-history table (the role
 * under the period or opening the duties cell, the employer on a line above the table) and a Europass-style line
 * with the title in bold and the employer in regular type.
 */
class ShokumuKeirekiTest {

    @Test
    void eachTableRowIsARoleAtTheEmployerNamedAboveTheTable() {
        ResumeProfile p = new ResumeTextParser().parse("""
                職務経歴書
                氏名 山野 澄香
                sumika.yamano@example.jp
                ■職務経歴
                株式会社アオバ解析(2019年4月〜現在)
                事業内容:需要予測サービスの開発/従業員数:80名
                      期間                  業務内容                         開発環境
                2021年10月〜現在      【概要】物流向け出荷量予測の開発        Python, BigQuery
                データ分析部          【担当】特徴量設計とモデル評価          Airflow
                シニアアナリスト      【実績】予測誤差を12%改善
                2019年4月〜2021年9月  【概要】小売向け欠品予測                Python, SQL
                データ分析部          【担当】前処理パイプラインの構築
                アナリスト
                ■学歴
                2015年4月〜2019年3月  青葉大学 理学部 数学科 卒業
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("シニアアナリスト", "アナリスト");
        assertThat(p.experience()).extracting(Experience::organization).containsOnly("株式会社アオバ解析");
        assertThat(p.experience()).extracting(Experience::dates).containsExactly("2021年10月〜現在", "2019年4月〜2021年9月");
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).doesNotContain("【概要】小売向け欠品予測");
        assertThat(p.experience().get(0).technologies()).contains("BigQuery");
    }

    @Test
    void aRoleOpeningTheDutiesCellAfterItsDepartmentIsTheTitle() {
        // as a PDF prints it: the headers centred over their columns, the period run into the duties cell
        List<TextLine> lines = List.of(line(40, "■職務経歴"),
                line(40, "株式会社ミズホシ製作所", 480, "2016年4月〜2022年3月"),
                line(90, "期間", 290, "業務内容", 484, "役割∕規模"),
                line(48, "2019年4月〜2022年3月 品質管理部 データ分析課∕データサイエンティスト", 468, "メンバー"),
                line(157, "【概要】検査画像の不良検知モデルの構築", 468, "(5名)"),
                line(48, "2016年4月〜2019年3月", 157, "品質管理部∕アナリスト", 468, "メンバー"),
                line(157, "【概要】歩留まりの要因分析"));

        List<String> read = ShokumuKeireki.read(lines).stream().map(TextLine::text).toList();

        assertThat(read).containsSubsequence("データサイエンティスト   2019年4月〜2022年3月", "株式会社ミズホシ製作所",
                "• 【概要】検査画像の不良検知モデルの構築", "アナリスト   2016年4月〜2019年3月", "株式会社ミズホシ製作所");
        assertThat(read).noneMatch(t -> t.startsWith("期間") || t.contains("メンバー"));
    }

    private static TextLine line(Object... xAndText) {
        List<String> cells = new ArrayList<>();
        List<Float> xs = new ArrayList<>();
        for (int i = 0; i < xAndText.length; i += 2) {
            xs.add(((Number) xAndText[i]).floatValue());
            cells.add((String) xAndText[i + 1]);
        }
        return new TextLine(cells, xs, 11, false, xs.getFirst(), 4, 1, 540);
    }

    @Test
    void aBoldTitleAndARegularEmployerOnOneLineAreTwoParts() throws Exception {
        PDType1Font regular = new PDType1Font(FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, bold, 22, 40, 740, "Inés Calderón Varela");
            ResumePdfBuilder.text(cs, regular, 10, 40, 722, "ines.calderon@example.es");
            ResumePdfBuilder.text(cs, bold, 13, 40, 690, "EXPERIENCIA LABORAL");
            // Europass prints the title in bold and the employer in regular capitals, with no separator
            String[][] jobs = {{"INGENIERA DE DATOS", "ALBORADA LOGÍSTICA S.L.", "[ 01/03/2021 – Actual ]",
                "Diseñé canalizaciones de datos en Python y Airflow"},
                {"BECARIA DE ANALÍTICA", "COOPERATIVA HUERTA NORTE", "[ 01/09/2018 – 28/02/2021 ]",
                    "Preparé informes de ventas en Power BI"},
                {"TÉCNICA DE DATOS", "GRUPO RIBERA SEGUROS", "[ 01/02/2016 – 31/07/2018 ]",
                    "Mantuve consultas SQL del almacén de siniestros"}};
            float y = 668;
            for (String[] job : jobs) {
                ResumePdfBuilder.text(cs, regular, 10, 40, y, job[2]);
                ResumePdfBuilder.text(cs, bold, 11, 40, y - 14, job[0]);
                float width = bold.getStringWidth(job[0] + " ") / 1000 * 11;
                ResumePdfBuilder.text(cs, regular, 11, 40 + width + 4, y - 14, job[1]);
                ResumePdfBuilder.text(cs, bold, 10, 40, y - 28, "Ciudad: Zaragoza | País: España");
                ResumePdfBuilder.text(cs, regular, 11, 50, y - 44, "• " + job[3]);
                y -= 70;
            }
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("INGENIERA DE DATOS", "BECARIA DE ANALÍTICA", "TÉCNICA DE DATOS");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("ALBORADA LOGÍSTICA S.L.", "COOPERATIVA HUERTA NORTE", "GRUPO RIBERA SEGUROS");
    }
}
