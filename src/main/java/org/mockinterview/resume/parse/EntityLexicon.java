package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Curated lexicon of technologies and methods, and a matcher for quantified outcomes, found in an entry's text. */
final class EntityLexicon {

    private static final List<String> TECHNOLOGIES = List.of("Python", "R", "SQL", "Java", "Scala", "C++", "C#", "Go",
            "Rust", "Julia", "JavaScript", "TypeScript", "MATLAB", "SAS", "Bash", "CUDA", "Triton", "XGBoost",
            "LightGBM", "CatBoost", "PyTorch", "TensorFlow", "Keras", "JAX", "scikit-learn", "sklearn", "pandas",
            "NumPy", "SciPy", "statsmodels", "spaCy", "NLTK", "Hugging Face", "Transformers", "LangChain", "OpenCV",
            "ONNX", "TensorRT", "MLflow", "Kubeflow", "Airflow", "dbt", "Spark", "PySpark", "Hadoop", "Hive", "Kafka",
            "Flink", "Databricks", "Snowflake", "BigQuery", "Redshift", "PostgreSQL", "Postgres", "MySQL", "SQLite",
            "MongoDB", "Redis", "Elasticsearch", "Cassandra", "DynamoDB", "Docker", "Kubernetes", "Terraform", "AWS",
            "SageMaker", "GCP", "Vertex AI", "Azure", "Ray", "Dask", "Tableau", "Power BI", "Looker", "Excel", "Git",
            "Linux", "React", "Node.js", "Vue", "Angular", "Flask", "FastAPI", "Django", "GraphQL", "REST", "Arduino",
            "FPGA", "SystemVerilog", "Verilog", "Embedded C", "PHP", "Backbone", "Jade", "Stylus", "Play", "LESS",
            "Rails", "OCaml", "HTML", "CSS", "Stan", "PyMC", "Prophet", "Streamlit", "Jupyter", "Weights & Biases",
            "Optuna", "Feast", "Pinecone", "FAISS", "Selenium", "Jenkins", "GitHub Actions");
    private static final List<String> METHODS = List.of("A/B test", "A/B testing", "SHAP", "LIME", "random forest",
            "gradient boosting", "logistic regression", "linear regression", "regression", "classification",
            "clustering", "k-means", "transformer", "attention", "BERT", "GPT", "LLM", "RAG", "fine-tuning",
            "cross-validation", "hyperparameter tuning", "feature engineering", "time series", "forecasting",
            "ARIMA", "causal inference", "uplift modeling", "difference-in-differences", "propensity score",
            "Bayesian", "Monte Carlo", "reinforcement learning", "deep learning", "neural network", "CNN", "RNN",
            "LSTM", "GAN", "diffusion", "NLP", "computer vision", "recommendation", "collaborative filtering",
            "anomaly detection", "survival analysis", "PCA", "embedding", "pruning", "quantization", "distillation",
            "self-supervised learning", "multi-agent", "neural architecture search", "sparse attention", "DSP", "FFT",
            "PID", "sensor fusion", "dimensionality reduction", "hypothesis testing", "statistical testing",
            "churn prediction", "ranking", "segmentation", "object detection", "graph neural network");
    /** Names that are also ordinary words ("with less data", "play", "spark interest") must match their exact case. */
    private static final Set<String> EXACT_CASE = Set.of("Play", "Ray", "Go", "Spark", "React", "Excel", "Hive", "Stan",
            "LESS", "Prophet", "Looker", "Feast", "Jade", "Stylus", "Backbone", "Transformers", "Rails", "Flask", "Vue",
            "Angular", "Pinecone", "Selenium", "Airflow", "Optuna", "Git", "REST", "Triton", "Snowflake", "Jenkins",
            "Keras", "Julia", "Rust", "Scala", "Arduino", "GAN", "RAG", "LIME", "PCA", "LLM", "GPT", "BERT");

    private static final List<Pattern> TECH_PATTERNS = TECHNOLOGIES.stream().map(EntityLexicon::wordPattern).toList();
    private static final List<Pattern> METHOD_PATTERNS = METHODS.stream().map(EntityLexicon::wordPattern).toList();

    private static final Pattern METRIC = Pattern.compile("(?iu)(?:\\$|€|£)\\s?\\d[\\d,.]*\\s?(?:[kmb]|million|billion|bn)?\\b"
            + "|\\b\\d[\\d,.]*\\s?(?:%|x\\b|×|\\+|k\\b|m\\b|b\\b|million|billion|ms\\b|s\\b|hours?|days?|users|customers|"
            + "stars|requests|devices|students|lectures|engineers|bugs|patents)"
            + "|\\bfrom\\s+\\d[\\d.,]*\\s*%?\\s+to\\s+\\d[\\d.,]*\\s*%?");
    private static final Pattern OUTCOME = Pattern.compile("(?iu)\\b(reduc|improv|increas|decreas|grew|grow|boost|cut|"
            + "sav|rais|scal|achiev|speed|lift|accura|auc|f1|precision|recall|revenue|latency|cost|conversion|churn|"
            + "retention|engagement|adopt|rate|uptime|throughput)");

    private EntityLexicon() {
    }

    private static Pattern wordPattern(String term) {
        boolean exact = EXACT_CASE.contains(term) || term.length() <= 3 && term.equals(term.toUpperCase(Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(term) + "(?:s|ing|ed)?(?![\\p{L}\\d+#])",
                exact ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<String> technologies(String text) {
        return matches(text, TECHNOLOGIES, TECH_PATTERNS);
    }

    static List<String> methods(String text) {
        return matches(text, METHODS, METHOD_PATTERNS);
    }

    private static List<String> matches(String text, List<String> names, List<Pattern> patterns) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            // single letters (R, C) only count when written as a standalone token in a list
            if (name.length() == 1) {
                continue;
            }
            if (patterns.get(i).matcher(text).find()) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:\\S+\\s+){0,8}\\S*$");
    private static final Pattern WORDS_AFTER = Pattern.compile("^\\S*(?:\\s+\\S+){0,5}");

    /** Up to eight words before the number and five after it: the verb, the measure and the amount. */
    private static String window(String clause, int start, int end) {
        Matcher before = WORDS_BEFORE.matcher(clause.substring(0, start));
        Matcher after = WORDS_AFTER.matcher(clause.substring(end));
        String head = before.find() ? before.group() : "";
        String tail = after.find() ? after.group() : "";
        return (head + clause.substring(start, end) + tail).replaceAll("\\s+", " ").strip();
    }

    /** Quantified outcome phrases: the clause around each number that reads as a result. */
    static List<String> metrics(List<String> sentences) {
        Set<String> out = new LinkedHashSet<>();
        for (String sentence : sentences) {
            for (String clause : sentence.split("(?<=[;])\\s+|,\\s+(?=[a-z])|\\s+(?:and|while|which|that)\\s+")) {
                // matched on the trimmed clause, so that the match's offsets are offsets into what window() cuts
                String trimmed = clause.strip().replaceAll("[.;,]$", "");
                Matcher m = METRIC.matcher(trimmed);
                if (m.find() && (OUTCOME.matcher(trimmed).find() || m.group().matches(".*[%$€£x×].*"))) {
                    out.add(window(trimmed, m.start(), m.end()));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
