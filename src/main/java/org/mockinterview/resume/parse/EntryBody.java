package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.parse.Entry.SubEntry;

import static org.mockinterview.resume.parse.EntryGrouper.BULLET;

/** How the lines under an entry's header join its text: wrapped lines, descriptions and trailing metadata. */
final class EntryBody {

    private EntryBody() {
    }

    static void appendBody(Entry current, SubEntry sub, String text, float wrapWidth) {
        List<String> target = current.lastWasBullet ? current.highlights : current.descriptions;
        if (!target.isEmpty()) {
            String last = target.get(target.size() - 1);
            boolean full = current.lastX1 >= wrapWidth;
            boolean continues = Character.isLowerCase(text.codePointAt(0))
                    || full && !last.matches("(?s).*[.!?。]$");
            if (continues) {
                String joined = TextRepair.joinWrapped(last, text);
                target.set(target.size() - 1, joined);
                if (sub != null && current.lastWasBullet && !sub.highlights().isEmpty()) {
                    sub.highlights().set(sub.highlights().size() - 1, joined);
                }
                return;
            }
        }
        current.descriptions.add(text);
        current.lastWasBullet = false;
    }

    /** Moves trailing date, duration and location cells of body lines into the entry's metadata. */
    static TextLine stripMeta(TextLine line, Entry current) {
        if (line.cells().size() < 2) {
            return line;
        }
        List<String> kept = new ArrayList<>();
        List<Float> keptX = new ArrayList<>();
        kept.add(line.cells().get(0));
        keptX.add(line.cellX().get(0));
        boolean bullet = BULLET.matcher(line.cells().get(0)).lookingAt();
        for (int i = 1; i < line.cells().size(); i++) {
            String cell = line.cells().get(i);
            boolean meta = DatePatterns.isOnlyDate(cell) || DatePatterns.isDuration(cell) || DatePatterns.isLocation(cell);
            if (bullet && meta && current != null) {
                current.metaCells.add(cell);
            } else if (!DatePatterns.isDuration(cell)) {
                kept.add(cell);
                keptX.add(line.cellX().get(i));
            }
        }
        return line.withCells(kept, keptX);
    }
}
