package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of projects written inside prose rather than as titles: a reference in citation style
 * ("Doe, J. (2023). toolname: What it does.") or a named thing introduced by an appositive
 * ("Author of toolname, a library for ...").
 */
final class ProseProjects {

    private static final Pattern CITATION = Pattern.compile(
            "^(?:\\d{1,3}\\.\\s*)?\\p{Lu}[^()]{0,400}?\\((?:19|20)\\d{2}[a-z]?\\)\\.\\s*([^:.()]{2,80}?)\\s*[:.]");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?:\\b(?i:of|to|like|writing|wrote|built|created|maintain|maintains|develop|developed)\\s+)"
            + "([\\p{L}][\\p{L}\\d._+-]{2,40}),\\s+(?:an?|the)\\s");
    private static final Set<String> NOT_NAMES = Set.of("this", "that", "which", "these", "those", "them", "it",
            "tools", "projects", "software", "libraries", "code");

    private ProseProjects() {
    }

    /** The work's title in a citation-style line, for software and publication lists. */
    static Optional<String> citedName(String line) {
        Matcher m = CITATION.matcher(line);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** What a citation-style line says after the work's title ("toolname: What it does." gives "What it does."). */
    static String citedDescription(String line) {
        Matcher m = CITATION.matcher(line);
        return m.find() ? line.substring(m.end()).strip() : line;
    }

    /** Names introduced in running text, in order of appearance. */
    static List<String> appositiveNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = APPOSITIVE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** The sentence of the text that mentions the name, to describe it. */
    static String sentenceAbout(String text, String name) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (sentence.contains(name)) {
                return sentence.strip();
            }
        }
        return text;
    }
}
