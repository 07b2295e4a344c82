package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/** A section's content as items: each bullet or paragraph, with the lines it wraps over joined. */
final class SectionItems {

    /** Sections are short; a runaway one (a whole resume under one heading) is cut rather than copied whole. */
    private static final int MAX_ITEMS = 80;

    private SectionItems() {
    }

    static List<String> of(List<TextLine> content) {
        List<String> items = new ArrayList<>();
        for (TextLine line : content) {
            String raw = line.prose();
            boolean bullet = EntryGrouper.BULLET.matcher(raw).lookingAt();
            String text = EntryGrouper.BULLET.matcher(raw).replaceFirst("").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!bullet && !items.isEmpty() && continues(items.get(items.size() - 1), text)) {
                items.set(items.size() - 1, TextRepair.joinWrapped(items.get(items.size() - 1), text));
            } else if (items.size() < MAX_ITEMS) {
                items.add(text);
            }
        }
        return items;
    }

    private static boolean continues(String previous, String next) {
        return Character.isLowerCase(next.codePointAt(0)) || previous.endsWith("-") || previous.endsWith(",");
    }
}
