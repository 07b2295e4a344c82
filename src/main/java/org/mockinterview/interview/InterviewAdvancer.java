package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.coach.InterviewCoach;
import org.mockinterview.interview.InterviewViews.QuestionView;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.FollowUp;
import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moves an interview to its next question. The server alone decides what comes next: a follow-up while the
 * budget allows and the analysis found something to probe, otherwise the next unanswered main question.
 */
@ApplicationScoped
public class InterviewAdvancer {

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final IdempotencyRepository idempotency;
    private final InterviewCoach coach;
    private final StoryHook stories;
    private final jakarta.enterprise.event.Event<QuestionScored> scored;
    private final java.time.Clock clock;

    InterviewAdvancer(InterviewRepository interviews, InterviewQuestionRepository questions, AnswerRepository answers,
            IdempotencyRepository idempotency, InterviewCoach coach, StoryHook stories,
            jakarta.enterprise.event.Event<QuestionScored> scored, java.time.Clock clock) {
        this.clock = clock;
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.idempotency = idempotency;
        this.coach = coach;
        this.stories = stories;
        this.scored = scored;
    }

    /** What the slow work needs to know about the answered question. */
    record Context(PlannedQuestion question, boolean followUpAllowed) {
    }

    Context context(long interviewId, long questionId) {
        Interview interview = interviews.findById(interviewId);
        return context(interview, questions.findById(questionId));
    }

    /** Follow-ups already asked under the answered question's main question decide whether another may come. */
    Context context(Interview interview, InterviewQuestion q) {
        // a main question that is still open has no follow-ups yet: they are created after it is answered
        long asked = q.kind == QuestionKind.main ? 0 : questions.count("parentId", q.parentId);
        return new Context(q.toPlanned(), asked < interview.followUpsPerQuestion);
    }

    Optional<FollowUp> followUp(Context context, String answer, AnswerAnalysis analysis) {
        return coach.followUp(context.question(), answer, analysis);
    }

    AnswerResult advanceAfterAnswer(long interviewId, long answerId, AnswerAnalysis analysis,
            Optional<FollowUp> followUp, StoryHook.Candidate story) {
        Interview interview = interviews.findById(interviewId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Answer answer = answers.findById(answerId);
        // one read of the interview's questions serves the follow-up count, the next question and the reply
        List<InterviewQuestion> all = new java.util.ArrayList<>(questions.ofInterview(interviewId));
        InterviewQuestion q = find(all, answer.questionId);
        if (answer.analysis == null) {
            answer.analysis = stories.record(interview.userId, interviewId, q.id, answerId, null, story, analysis);
            answer.analysisEngine = analysis.engine().name() + "/" + analysis.engine().version();
            scored.fire(new QuestionScored(interview.userId, interviewId, q.id, q.kind, q.category, q.text,
                    answer.analysis.score()));
        }
        if (interview.status == InterviewStatus.in_progress && q.id.equals(interview.currentQuestionId)) {
            InterviewQuestion main = q.kind == QuestionKind.main ? q : find(all, q.parentId);
            long asked = all.stream().filter(x -> main.id.equals(x.parentId)).count();
            if (followUp.isPresent() && asked < interview.followUpsPerQuestion) {
                InterviewQuestion fq = InterviewQuestion.followUp(main, (int) asked + 1,
                        asPlanned(q.toPlanned(), followUp.get()), OffsetDateTime.now(clock));
                questions.persistAndFlush(fq);
                all.add(fq);
                interview.currentQuestionId = fq.id;
                interview.tokenUsage = (interview.tokenUsage == null ? TokenUsage.ZERO
                        : interview.tokenUsage).plus(followUp.get().usage());
            } else {
                interview.currentQuestionId = nextMain(all, answers.answeredQuestionIds(interviewId), main);
            }
            interview.updatedAt = OffsetDateTime.now(clock);
        }
        InterviewQuestion asked = all.stream()
                .filter(x -> x.kind == QuestionKind.follow_up && x.position == q.position + 1).findFirst()
                .orElse(null);
        InterviewQuestion current = interview.currentQuestionId == null ? null
                : find(all, interview.currentQuestionId);
        AnswerResult result = new AnswerResult(new AnswerResult.Turn(q.id, q.kind, answer.text, false,
                answer.analysis), QuestionView.of(asked), QuestionView.of(current), interview.status);
        for (IdempotencyRecord rec : idempotency.pendingFor(answerId)) {
            rec.response = result;
        }
        return result;
    }

    AnswerResult advanceAfterSkip(Interview interview, InterviewQuestion skipped) {
        List<InterviewQuestion> all = questions.ofInterview(interview.id);
        InterviewQuestion main = skipped.kind == QuestionKind.main ? skipped : find(all, skipped.parentId);
        interview.currentQuestionId = nextMain(all, answers.answeredQuestionIds(interview.id), main);
        interview.updatedAt = OffsetDateTime.now(clock);
        return new AnswerResult(new AnswerResult.Turn(skipped.id, skipped.kind, null, true, null), null,
                QuestionView.of(interview.currentQuestionId == null ? null : find(all, interview.currentQuestionId)),
                interview.status);
    }

    private static InterviewQuestion find(List<InterviewQuestion> all, Long id) {
        return all.stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow();
    }

    /** The next unanswered main question after {@code after}, wrapping around to any earlier one left open. */
    private static Long nextMain(List<InterviewQuestion> all, Set<Long> done, InterviewQuestion after) {
        return all.stream()
                .filter(q -> q.kind == QuestionKind.main && q.position > after.position && !done.contains(q.id))
                .findFirst()
                .or(() -> all.stream().filter(q -> q.kind == QuestionKind.main && !done.contains(q.id)).findFirst())
                .map(q -> q.id).orElse(null);
    }

    /** A follow-up keeps the category, project and key points of the question it probes. */
    private static PlannedQuestion asPlanned(PlannedQuestion probed, FollowUp f) {
        return new PlannedQuestion(probed.category(), f.text(), f.source(), probed.projectRef(), null, f.generator(),
                "probes the weakest spot of the previous answer", probed.keyPoints(), probed.difficulty());
    }

}
