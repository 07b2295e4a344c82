package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/** Clean-ups of an entry header's parts: a name wrapped over two lines, an initials logo, a lower-case descriptor. */
final class HeaderParts {

    private HeaderParts() {
    }

    /** A name that wrapped onto the next header line ("…OFFICE OF PARKS &" over "RECREATION") is one part. */
    static List<String> joinWrapped(List<String> main) {
        List<String> out = new ArrayList<>();
        for (String part : main) {
            if (!out.isEmpty() && HeadingClassifier.endsWrapping(out.getLast())) {
                out.set(out.size() - 1, out.getLast().strip() + " " + part.strip());
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** A logo drawn as the organisation's initials ("NP" beside "Nuvembra Pagamentos") is no part of the header. */
    static void dropInitialsLogo(List<String> parts) {
        List<String> all = List.copyOf(parts);
        parts.removeIf(p -> p.strip().matches("\\p{Lu}{2,3}") && all.stream().anyMatch(o -> o != p
                && subsequence(p.strip(), initials(o))));
    }

    private static boolean subsequence(String letters, String in) {
        int at = 0;
        for (int i = 0; i < in.length() && at < letters.length(); i++) {
            if (in.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }

    private static String initials(String part) {
        StringBuilder out = new StringBuilder();
        for (String w : part.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    static boolean startsLowercase(String part) {
        String t = part.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }
}
