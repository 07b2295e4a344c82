package org.mockinterview.platform.web;

import java.util.List;

/**
 * One page of a collection, newest first.
 */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
