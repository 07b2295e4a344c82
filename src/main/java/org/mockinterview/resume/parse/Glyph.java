package org.mockinterview.resume.parse;

/** One drawn character with its position (y grows downwards, at the baseline), size and font. */
record Glyph(String text, float x, float y, float width, float size, String font, boolean bold, int page) {

    /** Stands for a pictogram: never text, but it separates what is drawn on either side of it. */
    static final String ICON = "\uFFFC";

    boolean isIcon() {
        return ICON.equals(text);
    }

    float right() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }

    Glyph withBold() {
        return new Glyph(text, x, y, width, size, font, true, page);
    }
}
