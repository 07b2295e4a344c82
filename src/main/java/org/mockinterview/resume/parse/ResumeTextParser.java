package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.List;

/** Parses a resume pasted as plain text (the fallback for scanned PDFs) with the same section and entry logic. */
public final class ResumeTextParser {

    public ParsedResume parse(String text) {
        String source = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        List<TextLine> lines = lines(source);
        ResumeProfile profile = ProfileAssembler.assemble(lines);
        List<String> warnings = new ArrayList<>();
        if (lines.isEmpty()) {
            warnings.add("no text");
        } else {
            warnings.addAll(ProfileWarnings.of(profile));
        }
        String repaired = String.join("\n", lines.stream().map(TextLine::text).toList());
        return new ParsedResume(0, !lines.isEmpty(), warnings, repaired, profile);
    }

    static List<TextLine> lines(String source) {
        List<TextLine> lines = new ArrayList<>();
        int blanks = 0;
        for (String raw : source.split("\n")) {
            String cleaned = TextRepair.collapseLetterSpacing(
                    TextRepair.dropIcons(raw).replace("\t", "   ").replace('\u00A0', ' '));
            if (cleaned.isBlank()) {
                blanks++;
                continue;
            }
            int indent = cleaned.length() - cleaned.stripLeading().length();
            List<String> cells = new ArrayList<>();
            List<Float> xs = new ArrayList<>();
            int offset = indent;
            for (String piece : cleaned.strip().split(" {3,}")) {
                String cell = TextRepair.collapseLetterSpacing(TextRepair.normalize(piece));
                if (!cell.isEmpty()) {
                    cells.add(cell);
                    xs.add((float) offset);
                }
                offset += piece.length() + 3;
            }
            if (!cells.isEmpty()) {
                lines.add(new TextLine(cells, xs, 0f, false, indent, blanks, 1, cleaned.stripTrailing().length()));
            }
            blanks = 0;
        }
        return lines;
    }
}
