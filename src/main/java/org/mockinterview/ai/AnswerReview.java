package org.mockinterview.ai;

import org.mockinterview.kernel.TokenUsage;

import java.util.List;

/** The model's verdict on an answer's technical content. */
public record AnswerReview(String verdict, List<String> corrections, List<String> modelAnswerOutline,
        String generator, TokenUsage usage) {
}
