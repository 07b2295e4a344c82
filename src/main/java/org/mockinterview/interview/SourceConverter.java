package org.mockinterview.interview;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.mockinterview.kernel.Source;

/**
 * Stores question sources by their wire names (bank, template, llm).
 */
@Converter
public class SourceConverter implements AttributeConverter<Source, String> {
    @Override
    public String convertToDatabaseColumn(Source s) {
        return s == null ? null : s.wire();
    }

    @Override
    public Source convertToEntityAttribute(String s) {
        for (Source v : Source.values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown source " + s);
    }
}
