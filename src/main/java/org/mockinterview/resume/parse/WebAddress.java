package org.mockinterview.resume.parse;

import java.util.regex.Pattern;

/** Web addresses as resumes print them: "https://…", "www.…", or a bare domain with a common top-level part. */
final class WebAddress {

    /** The common top-level parts: inside prose a country's ("in", "it", "de") ends abbreviations ("M.Sc.in"). */
    private static final String COMMON_TOP_LEVEL = "com|org|net|io|dev|ai|app|co|me";
    private static final String TOP_LEVEL = "(?:" + COMMON_TOP_LEVEL + "|edu|gov|info|site|page|uk|de|fr|es|nl"
            + "|it|pt|br|ca|au|jp|kr|cn|in|ch|se|no|fi|dk|pl)";
    private static final String DOMAIN = "[\\w-]+(?:\\.[\\w-]+)*\\." + TOP_LEVEL + "(?![\\w-])(?:/\\S*)?";
    private static final String COMMON_DOMAIN = "[\\w-]{2,}(?:\\.[\\w-]+)*\\.(?:" + COMMON_TOP_LEVEL + ")(?![\\w-])"
            + "(?:/\\S*)?";
    /** An address anywhere in a text. */
    static final Pattern IN_TEXT = Pattern.compile("(?i)\\b(?:https?://\\S+|www\\.\\S+|" + COMMON_DOMAIN + ")");
    /** A text that is only an address. */
    static final Pattern WHOLE = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?" + DOMAIN + "$");
    /** A text that is only an address, maybe after a short label of its own ("Enlace: https://…", "Code: …"). */
    static final Pattern LABELLED = Pattern.compile("(?i)^(?:\\p{L}[\\p{L} ]{0,19}\\s*[:：]\\s*)?(?:https?://)?(?:www\\.)?"
            + DOMAIN + "$");
    /** An address in brackets after a name: "Name (github.com/user/name)". */
    static final Pattern IN_BRACKETS = Pattern.compile("(?i)\\s*[(\\[][^()\\[\\]]*(?:https?://|www\\.|\\." + TOP_LEVEL
            + "\\b)[^()\\[\\]]*[)\\]]");

    /** An address after a name's dash, bar or dot: "Name — github.com/user/name", "Name | https://…". */
    static final Pattern AFTER_SEPARATOR = Pattern.compile("(?i)(?:\\s+[–—-]\\s+|\\s*[|·•]\\s*)(?:https?://)?(?:www\\.)?"
            + DOMAIN + "\\s*$");

    private WebAddress() {
    }
}
