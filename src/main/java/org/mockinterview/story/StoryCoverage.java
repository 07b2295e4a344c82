package org.mockinterview.story;

import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.story.StoryViews.Coverage;
import org.mockinterview.story.StoryViews.Star;
import org.mockinterview.story.StoryViews.StoryBank;
import org.mockinterview.story.StoryViews.StoryView;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the bank's views: each story with where it was told, and which of the five themes the bank covers. Pure.
 */
final class StoryCoverage {

    private StoryCoverage() {
    }

    static StoryView view(Story s, List<StoryUse> told) {
        List<StoryUse> mine = told.stream().filter(u -> u.storyId == s.id).toList();
        AnswerAnalysis a = s.analysis;
        return new StoryView(s.id, s.title, s.text, s.themes,
                new Star(quote(a.star().situation()), quote(a.star().task()), quote(a.star().action()),
                        quote(a.star().result())),
                quote(a.measurableResult()), quote(a.businessImpact()), s.score, s.timesUsed, s.lastUsedAt, s.origin,
                mine.stream().map(u -> u.answerId).filter(Objects::nonNull).distinct().toList(),
                mine.stream().map(u -> u.attemptId).filter(Objects::nonNull).distinct().toList());
    }

    static StoryBank bank(List<StoryView> views) {
        List<Coverage> coverage = new ArrayList<>();
        for (String theme : StoryThemes.ALL) {
            List<Long> ids = views.stream().filter(v -> v.themes().contains(theme)).map(StoryView::id).toList();
            coverage.add(new Coverage(theme, ids, !ids.isEmpty()));
        }
        return new StoryBank(views, coverage, missing(views.stream().map(StoryView::themes).toList()));
    }

    static List<String> missing(List<List<String>> themesOfStories) {
        return StoryThemes.ALL.stream().filter(t -> themesOfStories.stream().noneMatch(th -> th.contains(t))).toList();
    }

    private static String quote(Presence p) {
        return p == null || !p.present() ? null : p.evidence();
    }
}
