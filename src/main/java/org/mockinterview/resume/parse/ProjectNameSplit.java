package org.mockinterview.resume.parse;

import java.util.List;

/** Where a project's name ends and its description starts, in a header line that holds both. */
final class ProjectNameSplit {

    /** Where a project name ends and its description starts: "Name: what it does", "Name. What it does". */
    private static final java.util.regex.Pattern NAME_LEAD = java.util.regex.Pattern.compile(":\\s|\\.\\s+(?=\\p{Lu})");

    /** A numbered label before a project's name: "Project #2:", "Proyecto 3 –", "Projet n°1 :". */
    private static final java.util.regex.Pattern NUMBERED_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:project|projekt|projet|proyecto|projeto|progetto|case study)\\s*(?:#|no\\.?|n[°º]|nr\\.?)?\\s*\\d{1,2}"
            + "\\s*[:：–—.-]\\s*");

    /** A label naming the project's kind before its name: "Graduation Project: …", "Final Year Project – …". */
    private static final java.util.regex.Pattern KIND_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:graduation|final[- ]year|capstone|mini|major|minor|academic|course|semester|senior|undergraduate"
            + "|bachelor'?s|master'?s|b\\.?\\s?tech|m\\.?\\s?tech)\\s+(?:project|thesis|design project)\\s*[:：–—-]\\s*");

    /** A title in quotation marks, which runs to its closing mark whatever colon it holds. */
    private static final java.util.regex.Pattern QUOTED_TITLE = java.util.regex.Pattern.compile(
            "^[“\"„«]([^”\"»]{3,160})[”\"»]");

    /** A name, its comma, and a note that opens with three words in lower case, no list of tools. */
    private static final java.util.regex.Pattern COMMA_NOTE = java.util.regex.Pattern.compile(
            "([^,()|–—]{2,60}),\\s+(\\p{Ll}[^\\s,]*(?:\\s+[^\\s,]+){2,}.*)");

    private ProjectNameSplit() {
    }

    /**
     * "Tidewatch – an open board of harbour levels, refreshed every" over "ten minutes (Python, DuckDB)": a part of
     * the header after the name that reads as a sentence describes the project and names no tools; where it wraps,
     * the next line is the rest of it.
     */
    static void describedAfterName(List<String> stack, List<String> descriptions, List<String> highlights) {
        int first = 0;
        while (first < stack.size() && !isProse(stack.get(first))) {
            first++;
        }
        if (first == stack.size()) {
            return;
        }
        // the parts after the sentence are its own clauses, cut at their commas
        String described = String.join(", ", stack.subList(first, stack.size()));
        stack.subList(first, stack.size()).clear();
        List<String> next = !descriptions.isEmpty() ? descriptions : highlights;
        if (!next.isEmpty() && Character.isLowerCase(next.get(0).codePointAt(0))) {
            described = TextRepair.joinWrapped(described, next.remove(0));
        }
        descriptions.add(0, described);
    }

    /** Five words or more, most of them in lower case and few commas: a sentence, not a list of tools. */
    private static boolean isProse(String part) {
        String[] words = part.strip().split("\\s+");
        long lower = java.util.Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0))).count();
        long commas = part.chars().filter(c -> c == ',').count();
        return words.length >= 5 && lower * 2 > words.length && commas * 4 < words.length;
    }

    /**
     * "Churn Radar: predicting churn with XGBoost" and "Churn Radar. Predicted churn" name the project first: the
     * name (six words at most) is cut off before anything reads it, so that commas in the description cannot split
     * it, and the rest goes first among the descriptions.
     */
    static String cutLead(String text, List<String> descriptions) {
        java.util.regex.Matcher label = NUMBERED_LABEL.matcher(text);
        if (label.lookingAt() && label.end() < text.length()) {
            return text.substring(label.end()).strip(); // "Project #2: Name": the label only counts the projects
        }
        java.util.regex.Matcher kind = KIND_LABEL.matcher(text);
        if (kind.lookingAt() && kind.end() < text.length()) {
            return cutLead(text.substring(kind.end()).strip(), descriptions); // "Graduation Project: Name …"
        }
        // a title in quotation marks runs to its closing mark, whatever colon it holds
        java.util.regex.Matcher quoted = QUOTED_TITLE.matcher(text);
        if (quoted.lookingAt()) {
            String rest = text.substring(quoted.end()).replaceFirst("^[\\s,.:;–—-]+", "").strip();
            if (!rest.isEmpty()) {
                descriptions.add(0, rest);
            }
            return quoted.group(1).strip();
        }
        // "Driftwood, funded by the regional coast council": a note in lower case after the name's comma
        java.util.regex.Matcher note = COMMA_NOTE.matcher(text);
        if (note.matches() && note.group(1).split("\\s+").length <= 6) {
            descriptions.add(0, note.group(2).strip());
            return note.group(1).strip();
        }
        java.util.regex.Matcher lead = NAME_LEAD.matcher(text);
        if (!lead.find() || lead.start() == 0) {
            return text;
        }
        String head = text.substring(0, lead.start());
        // a colon inside brackets ("(Grade: A)") is the note's, not the name's end
        if (head.split("\\s+").length <= 6
                && head.chars().filter(c -> c == '(').count() == head.chars().filter(c -> c == ')').count()) {
            descriptions.add(0, text.substring(lead.end()).strip());
            return head;
        }
        return text;
    }
}
