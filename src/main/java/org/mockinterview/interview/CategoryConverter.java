package org.mockinterview.interview;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.mockinterview.kernel.Category;

/**
 * Stores categories by their wire names, which the database check constraint lists.
 */
@Converter
public class CategoryConverter implements AttributeConverter<Category, String> {
    @Override
    public String convertToDatabaseColumn(Category c) {
        return c == null ? null : c.wire();
    }

    @Override
    public Category convertToEntityAttribute(String s) {
        return s == null ? null : Category.parse(s).orElseThrow();
    }
}
