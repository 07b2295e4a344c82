package org.mockinterview.resume.parse;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDFBox stripper that records every drawn glyph with its geometry instead of producing text. */
final class GlyphCollector extends PDFTextStripper {

    /** Icon fonts draw pictograms through ordinary code points ('#', 'ï'), so their glyphs are never text. */
    private static final Pattern ICON_FONT = Pattern.compile(
            "(?i).*(awesome|glyphicon|icons?\\b|icon-?font|material(design)?icons|octicon|devicon|academicons|ionicons|feather|typicons).*");
    /** Word and office suites draw list bullets from these symbol fonts, through private-use or dingbat code points. */
    private static final Pattern BULLET_FONT = Pattern.compile("(?i).*(wingding|zapfdingbat|dingbat|symbol|webding).*");
    private static final Pattern BOLD_FONT = Pattern.compile(
            "(?i).*(bold|black|heavy|semibold|demi|cmbx|cmb10|-bd\\b|bd$|extrabold|ultrabold).*");

    /** Two dense pages hold about 10,000 glyphs; far more is a flood meant to exhaust the layout steps. */
    static final int MAX_GLYPHS = 150_000;

    private final List<Glyph> glyphs = new ArrayList<>();
    private boolean overflow;
    private final List<Float> pageWidths = new ArrayList<>();

    GlyphCollector() throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** Collects the glyphs of all pages of an already opened document. */
    static GlyphCollector collect(PDDocument document) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.setStartPage(1);
        collector.setEndPage(document.getNumberOfPages());
        try {
            collector.writeText(document, Writer.nullWriter());
        } catch (GlyphFlood e) {
            // overflow is already recorded
        }
        return collector;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    boolean overflow() {
        return overflow;
    }

    float pageWidth(int page) {
        return page - 1 < pageWidths.size() ? pageWidths.get(page - 1) : 612f;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox() != null ? page.getCropBox() : page.getMediaBox();
        boolean rotated = page.getRotation() % 180 != 0;
        pageWidths.add(box == null ? 612f : rotated ? box.getHeight() : box.getWidth());
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        if (glyphs.size() >= MAX_GLYPHS) {
            overflow = true;
            // stop PDFBox from walking the rest of the content; collect() turns this into the overflow flag
            throw new GlyphFlood();
        }
        String unicode = position.getUnicode();
        PDFont font = position.getFont();
        String fontName = font == null || font.getName() == null ? "" : font.getName();
        FontFacts facts = fontFacts.computeIfAbsent(font, f -> new FontFacts(ICON_FONT.matcher(fontName).matches(),
                BULLET_FONT.matcher(fontName).matches(), isBold(f, fontName), bulletCodes(f)));
        int[] codes = position.getCharacterCodes();
        if (unicode != null && unicode.length() == 1 && unicode.charAt(0) < 0x80 && codes != null && codes.length == 1
                && facts.bulletCodes().get(codes[0])) {
            // TeX's symbol fonts draw the list bullet through a code that their Unicode map calls "{" or similar
            unicode = "\u2022";
        }
        boolean unmapped = unicode == null || unicode.isEmpty() || unicode.equals("\uFFFD")
                || unicode.length() == 1 && unicode.charAt(0) < 0x20 && unicode.charAt(0) != '\t';
        if (unmapped) {
            // PDFBox falls back to the raw code (a control character in TeX's OT1 layout) where the map lacks it
            // a ligature missing from the font's Unicode map still has its glyph name (fi, fl, ffi)
            String recovered = ligature(font, codes);
            if (recovered == null && (unicode == null || unicode.isEmpty())) {
                return;
            }
            unicode = recovered != null ? recovered : unicode;
        }
        String text = unicode;
        if (TextRepair.isWordSpace(unicode)) {
            // TABs and zero-width characters stand for word spaces in some generators' text layers
            text = " ";
        } else if (facts.icon()) {
            text = Glyph.ICON;
        } else if (!TextRepair.isTextual(unicode)) {
            text = facts.bulletFont() || TextRepair.isDingbat(unicode) ? "\u2022" : Glyph.ICON;
        } else if (facts.bulletFont() && unicode.length() == 1 && "\u00B7\u00A7o\u00A8\u00D8\u00FC".indexOf(unicode.charAt(0)) >= 0) {
            // a symbol font's bullet glyphs often map to Latin code points (o, §, ·) in its text layer
            text = "\u2022";
        }
        float size = position.getFontSizeInPt();
        if (!(size > 1.5f) || size > 400f) {
            size = Math.max(1f, position.getHeightDir() * 1.4f);
        }
        glyphs.add(new Glyph(text, position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(), size,
                fontName, facts.bold(), getCurrentPageNo()));
    }

    private static final java.util.Map<String, String> LIGATURES = java.util.Map.of("fi", "fi", "fl", "fl", "ff", "ff",
            "ffi", "ffi", "ffl", "ffl", "f_i", "fi", "f_l", "fl", "f_f", "ff", "f_f_i", "ffi", "f_f_l", "ffl");

    private static String ligature(PDFont font, int[] codes) {
        if (!(font instanceof org.apache.pdfbox.pdmodel.font.PDSimpleFont simple) || codes == null || codes.length != 1
                || simple.getEncoding() == null) {
            return null;
        }
        return LIGATURES.get(simple.getEncoding().getName(codes[0]));
    }

    /** The codes a simple font's encoding names as a bullet: TeX draws list bullets through them. */
    private static java.util.BitSet bulletCodes(PDFont font) {
        java.util.BitSet codes = new java.util.BitSet();
        if (font instanceof org.apache.pdfbox.pdmodel.font.PDSimpleFont simple && simple.getEncoding() != null) {
            simple.getEncoding().getCodeToNameMap().forEach((code, name) -> {
                if (name.equals("bullet") || name.equals("bulletmath") || name.equals("openbullet")) {
                    codes.set(code);
                }
            });
        }
        return codes;
    }

    /** Per-font classification, computed once per font instead of once per glyph. */
    private record FontFacts(boolean icon, boolean bulletFont, boolean bold, java.util.BitSet bulletCodes) {
    }

    private final java.util.Map<PDFont, FontFacts> fontFacts = new java.util.IdentityHashMap<>();

    private static boolean isBold(PDFont font, String fontName) {
        if (BOLD_FONT.matcher(fontName.replaceFirst("^[A-Z]{6}\\+", "")).matches()) {
            return true;
        }
        PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    /** Aborts text extraction once the glyph budget is spent. */
    private static final class GlyphFlood extends RuntimeException {
        GlyphFlood() {
            super("glyph budget exhausted", null, false, false);
        }
    }
}
