package org.mockinterview.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds deterministic 1–3 page resume PDFs for the parse benchmarks; {@code main(dir)} writes them to disk. */
public final class BenchPdfs {

    private static final float MARGIN = 54;
    private static final float LEADING = 13;
    private static final String[] ROLES = {"Senior Machine Learning Engineer", "Data Scientist", "ML Engineer",
            "Research Intern", "Analytics Engineer", "Software Engineer"};
    private static final String[] ORGS = {"Acme Analytics, Berlin", "Globex Corp, Remote", "Initech Labs, Boston",
            "Umbrella Health, London", "Hooli Search, Zurich", "Vandelay Retail, Austin"};
    private static final String[] BULLETS = {
        "Built a gradient-boosted churn model in Python (XGBoost, pandas) that lifted retention by 4.2% across 1.3M users.",
        "Designed an A/B testing framework with sequential tests, cutting experiment duration from 21 to 12 days.",
        "Deployed PyTorch recommendation models on Kubernetes serving 8k requests/s at p99 under 40 ms.",
        "Led a team of 4 to migrate feature pipelines from cron jobs to Airflow and Spark, reducing failures by 70%.",
        "Calibrated fraud scores with isotonic regression; precision at 1% FPR improved from 0.61 to 0.74.",
        "Wrote SQL and dbt models for a revenue dashboard used weekly by 120 stakeholders.",
        "Fine-tuned a BERT classifier for support tickets, raising macro F1 from 0.71 to 0.83 on 40 classes.",
        "Reduced cloud training cost by $180k/year with spot instances and mixed-precision training.",
    };

    private BenchPdfs() {
    }

    /** A resume of exactly {@code pages} pages (1..3): header, summary, skills, then experience and projects. */
    public static byte[] resume(int pages) {
        return resume(pages, 0);
    }

    /** As {@link #resume(int)}, with the variant in the name line so that each variant has its own bytes. */
    public static byte[] resume(int pages, int variant) {
        List<String> lines = new ArrayList<>(List.of("Jordan Example" + (variant == 0 ? "" : " " + variant), "jordan.example@example.com | +1 555 0100 | "
                + "github.com/jexample | linkedin.com/in/jexample", "", "SUMMARY",
                "Machine learning engineer with 7 years of experience shipping models to production.", "",
                "SKILLS", "Python, SQL, PyTorch, TensorFlow, scikit-learn, XGBoost, Spark, Airflow, Kubernetes, AWS", "",
                "EXPERIENCE"));
        int perPage = (int) ((PDRectangle.LETTER.getHeight() - 2 * MARGIN) / LEADING);
        int target = perPage * pages - perPage / 3;
        for (int job = 0; lines.size() < target; job++) {
            lines.add(ROLES[job % ROLES.length] + "    " + (2024 - 2 * job) + " - " + (2026 - 2 * job));
            lines.add(ORGS[job % ORGS.length]);
            for (int b = 0; b < 5; b++) {
                lines.add("- " + BULLETS[(job * 3 + b) % BULLETS.length]);
            }
            lines.add("");
        }
        lines.addAll(List.of("EDUCATION", "M.Sc. Computer Science, Technical University of Munich    2017"));
        return render(lines, pages);
    }

    private static byte[] render(List<String> lines, int pages) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        int perPage = (int) Math.ceil((double) lines.size() / pages);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    for (int i = p * perPage; i < Math.min(lines.size(), (p + 1) * perPage); i++) {
                        String line = lines.get(i);
                        boolean heading = !line.isEmpty() && line.equals(line.toUpperCase()) && line.length() < 20;
                        cs.beginText();
                        cs.setFont(heading ? bold : regular, heading ? 11 : 9.5f);
                        cs.newLineAtOffset(MARGIN, y);
                        cs.showText(line);
                        cs.endText();
                        y -= LEADING;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes resume-1p.pdf, resume-2p.pdf and resume-3p.pdf into the given folder. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-pdfs");
        Files.createDirectories(dir);
        for (int pages = 1; pages <= 3; pages++) {
            Path file = dir.resolve("resume-" + pages + "p.pdf");
            Files.write(file, resume(pages));
            System.out.println(file);
        }
    }
}
