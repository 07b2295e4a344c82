package org.mockinterview.resume.parse;

/** One drawn character with its position (y grows downwards, at the baseline), size and font. */
record Glyph(String text, float x, float y, float width, float size, String font, boolean bold, int page) {

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
