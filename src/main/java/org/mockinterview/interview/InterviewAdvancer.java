package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mockinterview.interview.InterviewViews.QuestionView;
import org.mockinterview.question.PlannedQuestion;
import org.mockinterview.question.QuestionEngine;
import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves an interview to its next question. The server alone decides what comes next: a follow-up while the
 * budget allows and the analysis found something to probe, otherwise the next unanswered main question.
 */
@ApplicationScoped
public class InterviewAdvancer {

    @Inject
    InterviewRepository interviews;

    @Inject
    InterviewQuestionRepository questions;

    @Inject
    AnswerRepository answers;

    @Inject
    IdempotencyRepository idempotency;

    @Inject
    QuestionEngine engine;

    /** What the slow work needs to know about the answered question. */
    record Context(PlannedQuestion question, boolean followUpAllowed) {
    }

    Context context(long interviewId, long questionId) {
        Interview interview = interviews.findById(interviewId);
        InterviewQuestion q = questions.findById(questionId);
        InterviewQuestion main = mainOf(q);
        long asked = questions.count("parentId", main.id);
        return new Context(q.toPlanned(), asked < interview.followUpsPerQuestion);
    }

    Optional<QuestionEngine.FollowUp> followUp(Context context, String answer, AnswerAnalysis analysis) {
        return engine.followUp(context.question(), answer, analysis);
    }

    AnswerResult advanceAfterAnswer(long interviewId, long answerId, AnswerAnalysis analysis,
            Optional<QuestionEngine.FollowUp> followUp) {
        Interview interview = interviews.findById(interviewId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Answer answer = answers.findById(answerId);
        if (answer.analysis == null) {
            answer.analysis = analysis;
            answer.analysisEngine = analysis.engine().name() + "/" + analysis.engine().version();
        }
        InterviewQuestion q = questions.findById(answer.questionId);
        if (interview.status == InterviewStatus.in_progress && q.id.equals(interview.currentQuestionId)) {
            InterviewQuestion main = mainOf(q);
            long asked = questions.count("parentId", main.id);
            if (followUp.isPresent() && asked < interview.followUpsPerQuestion) {
                InterviewQuestion fq = InterviewQuestion.followUp(main, (int) asked + 1,
                        asPlanned(q.toPlanned(), followUp.get()));
                questions.persistAndFlush(fq);
                interview.currentQuestionId = fq.id;
                interview.tokenUsage = (interview.tokenUsage == null ? QuestionEngine.TokenUsage.ZERO
                        : interview.tokenUsage).plus(followUp.get().usage());
            } else {
                interview.currentQuestionId = nextMain(interview.id, main);
            }
            interview.updatedAt = OffsetDateTime.now();
        }
        AnswerResult result = result(interview, answer, q);
        for (IdempotencyRecord rec : idempotency.pendingFor(answerId)) {
            rec.response = result;
        }
        return result;
    }

    AnswerResult advanceAfterSkip(Interview interview, InterviewQuestion skipped) {
        interview.currentQuestionId = nextMain(interview.id, mainOf(skipped));
        interview.updatedAt = OffsetDateTime.now();
        return new AnswerResult(new AnswerResult.Turn(skipped.id, skipped.kind, null, true, null), null,
                QuestionView.of(current(interview)), interview.status);
    }

    private AnswerResult result(Interview interview, Answer answer, InterviewQuestion q) {
        InterviewQuestion followUp = questions.find("interviewId = ?1 and position = ?2 and kind = ?3",
                interview.id, q.position + 1, QuestionKind.follow_up).firstResult();
        return new AnswerResult(new AnswerResult.Turn(q.id, q.kind, answer.text, false, answer.analysis),
                QuestionView.of(followUp), QuestionView.of(current(interview)), interview.status);
    }

    /** A follow-up keeps the category, project and key points of the question it probes. */
    private static PlannedQuestion asPlanned(PlannedQuestion probed, QuestionEngine.FollowUp f) {
        return new PlannedQuestion(probed.category(), f.text(), f.source(), probed.projectRef(), null, f.generator(),
                "probes the weakest spot of the previous answer", probed.keyPoints(), probed.difficulty());
    }

    private InterviewQuestion current(Interview interview) {
        return interview.currentQuestionId == null ? null : questions.findById(interview.currentQuestionId);
    }

    private InterviewQuestion mainOf(InterviewQuestion q) {
        return q.kind == QuestionKind.main ? q : questions.findById(q.parentId);
    }

    private Long nextMain(long interviewId, InterviewQuestion after) {
        Set<Long> done = answers.ofInterview(interviewId).stream().map(a -> a.questionId).collect(Collectors.toSet());
        List<InterviewQuestion> all = questions.ofInterview(interviewId);
        return all.stream()
                .filter(q -> q.kind == QuestionKind.main && q.position > after.position && !done.contains(q.id))
                .findFirst()
                .or(() -> all.stream().filter(q -> q.kind == QuestionKind.main && !done.contains(q.id)).findFirst())
                .map(q -> q.id).orElse(null);
    }
}
