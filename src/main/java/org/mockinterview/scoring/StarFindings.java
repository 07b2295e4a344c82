package org.mockinterview.scoring;

import org.mockinterview.scoring.AnswerAnalysis.Ownership;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.Star;

/** The narrative findings for one answer: story type, STAR parts, outcome quality and ownership. */
record StarFindings(StoryType story, Star star, Presence measurableResult, Presence businessImpact,
                    Ownership ownership) {

    static StarFindings empty(StoryType story) {
        return new StarFindings(story, Star.NONE, Presence.ABSENT, Presence.ABSENT, new Ownership(false, null));
    }
}
