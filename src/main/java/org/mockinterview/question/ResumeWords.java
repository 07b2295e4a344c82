package org.mockinterview.question;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and patterns for judging resume text: dates, action verbs, technologies, metrics, contact details. */
final class ResumeWords {

    static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december");
    static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");
    static final Set<String> NOW = Set.of("present", "current", "now", "today", "ongoing");
    static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "since", "from", "-", "–", "—");

    /** Words a fragment cannot end on: something was cut off after them. */
    static final Set<String> DANGLING_END = Set.of("to", "at", "as", "in", "of", "for", "and", "or", "with", "on",
            "by", "from", "the", "a", "an", "&", "+", "via", "into", "than", "that", "which", "using", "including");
    /** Words a name cannot start with: it is the tail of a phrase. */
    static final Set<String> DANGLING_START = Set.of("to", "at", "as", "and", "or", "with", "by", "from", "of", "&",
            "+", "via", "into", "than", "which");

    // Past-tense verbs that open a resume bullet but hardly ever a name. Left out: ones that also open names or
    // titles ("Lead", "Applied", "Supervised Learning", "Used Car Prices", "Building Energy Model").
    private static final Set<String> ACTION_VERBS = Set.of("achieved", "analyzed", "analysed", "architected",
            "assisted", "boosted", "built", "collaborated", "conducted", "contributed", "coordinated", "created",
            "cut", "decreased", "delivered", "deployed", "designed", "developed", "devised", "drove", "evaluated",
            "explored", "extracted", "fine-tuned", "halved", "helped", "identified", "implemented", "improved",
            "increased", "investigated", "launched", "led", "leveraged", "maintained", "mentored", "migrated",
            "modeled", "modelled", "optimized", "optimised", "owned", "partnered", "performed", "pioneered",
            "presented", "prototyped", "rebuilt", "redesigned", "reduced", "refactored", "researched", "scaled",
            "shipped", "spearheaded", "streamlined", "trained", "utilized", "utilised", "validated", "wrote");

    // Present and irregular forms that open bullets in the present tense or without "-ed"; fine in a sentence, too
    // ambiguous to reject a name for.
    private static final Set<String> STATEMENT_VERBS = Set.of("analyse", "analyze", "automate", "automated", "build",
            "collaborate", "conduct", "create", "deploy", "design", "develop", "drive", "forecast", "grew", "implement",
            "lead", "maintain", "made", "manage", "mentor", "own", "partner", "ran", "research", "run", "set", "taught",
            "train", "won", "write");

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"
            + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|io|org|net|dev|ai|me|co|app|page|site|edu)/"
            + "|\\b(?:github|gitlab|linkedin|kaggle|medium|twitter|huggingface)\\.(?:com|co)\\b");
    static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{7,}\\d");
    static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d%])|'\\d{2}\\b");

    /** Tools and methods specific enough to ask "why that choice". */
    static final Pattern TECHNOLOGY = Pattern.compile("(?i)(?<![\\w-])(?:python|sql|pyspark|spark|hadoop|hive|"
            + "kafka|airflow|dbt|tensorflow|pytorch|keras|jax|scikit-learn|sklearn|xgboost|lightgbm|catboost|pandas|"
            + "numpy|scipy|statsmodels|prophet|arima|shap|mlflow|fastapi|flask|django|streamlit|plotly|d3|"
            + "ggplot2?|dplyr|tidyverse|docker|kubernetes|aws|sagemaker|gcp|azure|bigquery|snowflake|databricks|"
            + "tableau|power bi|looker|matlab|stata|sas|spss|julia|scala|java|c\\+\\+|rust|golang|javascript|"
            + "typescript|postgresql|postgres|mysql|mongodb|redis|elasticsearch|hugging ?face|langchain|bert|gpt-?\\d?|"
            + "llms?|transformers?|cnns?|rnns?|lstms?|gans?|u-net|resnet|yolo|opencv|nlp|computer vision|"
            + "logistic regression|linear regression|regression|random forests?|gradient[- ]boosting|"
            + "gradient[- ]boosted (?:decision )?(?:trees|machines)|"
            + "decision trees?|neural networks?|deep learning|machine learning|reinforcement learning|"
            + "bayesian [a-z]+|causal inference|time[- ]series|forecasting|clustering|k-means|classification|"
            + "a/b tests?|a/b testing|anomaly detection|recommender systems?|recommendation engine|"
            + "survival analysis|topic model(?:s|ing)?|embeddings?|fine-tuning|rag|etl)(?![\\w-])");
    /** Data-work words that mark a sentence as describing work even without a named tool. */
    static final Pattern WORK_SIGNAL = Pattern.compile("(?i)\\b(?:models?|modell?ing|algorithms?|pipelines?|"
            + "datasets?|data sets?|experiments?|analysis|analyses|analytics|dashboards?|predictions?|predictive|"
            + "statistical|simulations?|features?|training|inference|api|services?|platform|prototype|paper)\\b");
    /** An outcome someone measured: a percentage, multiplier, amount of money or named score. */
    static final Pattern OUTCOME = Pattern.compile("(?i)[$€£]\\s?\\d[\\d,.]*\\s?(?:[kmb]n?|million|billion)?\\b"
            + "|(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|[x×](?![\\w]))"
            + "|\\b(?:auc|roc[- ]auc|f1(?:[- ]score)?|accuracy|precision|recall|rmse|mae|mape|ndcg|bleu|r2|r²)"
            + "(?:\\s?(?:of|=|:|to|by))?\\s?\\d*\\.\\d+%?");
    /** Scale: volumes and latencies that show what the work handled. */
    static final Pattern SCALE = Pattern.compile("(?i)(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:k|m|b|ms|million|billion|"
            + "thousand|users|customers|rows|records|requests|transactions|events|images|documents|patients)\\b");

    private ResumeWords() {
    }

    /** NFKC (ligatures, full-width forms), without soft hyphens or zero-width characters, whitespace collapsed. */
    static String tidy(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    static String word(String token) {
        return token.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}&+]+|[^\\p{L}\\p{N}&+]+$", "");
    }

    static boolean isActionVerb(String token) {
        return ACTION_VERBS.contains(word(token));
    }

    /** Looser, for sentences: any past tense or gerund opens a bullet ("Supervised 3 interns", "Building ..."). */
    static boolean opensStatement(String token) {
        String w = word(token);
        return ACTION_VERBS.contains(w) || STATEMENT_VERBS.contains(w) || w.equals("responsible")
                || w.matches("\\p{L}{2,}(?:ed|ing)") && !w.equals("during");
    }

    static boolean isContact(String s) {
        return EMAIL.matcher(s).find() || URL.matcher(s).find()
                || PHONE.matcher(s).results().anyMatch(m -> m.group().chars().filter(Character::isDigit).count() >= 9);
    }

    /** A month, season, year, "present" or range word: what a date is made of. */
    static boolean isDateWord(String token) {
        String w = word(token);
        return w.isEmpty() || MONTHS.contains(w) || SEASONS.contains(w) || NOW.contains(w) || RANGE_WORDS.contains(w)
                || w.matches("\\d{1,4}|\\d{1,2}/\\d{2,4}|'\\d{2}");
    }
}
