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

    /** For an answer that tells no story: STAR, measurable result and business impact do not apply. */
    static StarFindings notApplicable(StoryType story) {
        return new StarFindings(story, Star.NOT_APPLICABLE, Presence.NOT_APPLICABLE, Presence.NOT_APPLICABLE,
                new Ownership(false, null));
    }
}
