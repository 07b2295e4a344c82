package org.mockinterview.interview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.mockinterview.interview.AttemptResult.AttemptView;
import org.mockinterview.interview.AttemptResult.PreviousBest;
import org.mockinterview.interview.InterviewRequests.SubmitAttempt;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.platform.Sha256;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.scoring.AnalysisRequest;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalyzer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Retries of a question already answered or skipped, in progress or after completion. As with answers, the attempt
 * is committed first, analysed outside any transaction, and a second short transaction stores the analysis and the
 * reply under the Idempotency-Key. Retries never move the interview on.
 */
@ApplicationScoped
public class AttemptService {

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final AttemptRepository attempts;
    private final IdempotencyRepository idempotency;
    private final AnswerAnalyzer analyzer;
    private final StoryHook stories;
    private final Event<QuestionScored> scored;
    private final Clock clock;

    AttemptService(InterviewRepository interviews, InterviewQuestionRepository questions, AnswerRepository answers,
            AttemptRepository attempts, IdempotencyRepository idempotency, AnswerAnalyzer analyzer, StoryHook stories,
            Event<QuestionScored> scored, Clock clock) {
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.attempts = attempts;
        this.idempotency = idempotency;
        this.analyzer = analyzer;
        this.stories = stories;
        this.scored = scored;
        this.clock = clock;
    }

    /** What the first transaction decided: a reply to replay, or a stored attempt to analyse. */
    private record Recorded(AttemptResult replay, long attemptId, String text, Integer durationSeconds,
            PlannedQuestion question) {
    }

    public AttemptResult submit(long userId, long interviewId, long questionId, String key, SubmitAttempt request) {
        String hash = hash(questionId, request);
        Recorded recorded = QuarkusTransaction.requiringNew()
                .call(() -> record(userId, interviewId, questionId, key, hash, request));
        if (recorded.replay() != null) {
            return recorded.replay();
        }
        AnswerAnalysis analysis = analyzer.analyze(new AnalysisRequest(recorded.text(), recorded.question().text(),
                recorded.question().category(), recorded.durationSeconds(), recorded.question().keyPoints()));
        StoryHook.Candidate story = stories.candidate(recorded.question().category(), recorded.text(), analysis);
        return QuarkusTransaction.requiringNew().call(() -> store(userId, recorded.attemptId(), analysis, story));
    }

    private Recorded record(long userId, long interviewId, long questionId, String key, String hash,
            SubmitAttempt request) {
        interviews.lockOwned(userId, interviewId)
                .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
        InterviewQuestion question = questions.findByIdOptional(questionId)
                .filter(q -> q.interviewId == interviewId)
                .orElseThrow(() -> ProblemException.notFound("Question " + questionId + " of interview " + interviewId));
        Optional<IdempotencyRecord> previous = idempotency.matching(interviewId, key, hash);
        if (previous.isPresent()) {
            IdempotencyRecord rec = previous.get();
            if (rec.attemptResponse != null) {
                return new Recorded(rec.attemptResponse, 0, null, null, null);
            }
            Attempt pending = attempts.findById(rec.attemptId);
            return new Recorded(null, pending.id, pending.text, pending.durationSeconds, question.toPlanned());
        }
        if (answers.forQuestion(questionId).isEmpty()) {
            throw ProblemException.specific(ProblemType.CONFLICT, "not-answered-yet", "Question " + questionId
                    + " has not been answered or skipped yet: answer it through /answers first.");
        }
        Attempt attempt = new Attempt();
        attempt.interviewId = interviewId;
        attempt.questionId = questionId;
        attempt.attemptNumber = attempts.nextNumber(questionId);
        attempt.text = request.text();
        attempt.durationSeconds = request.durationSeconds();
        attempt.createdAt = OffsetDateTime.now(clock);
        attempts.persistAndFlush(attempt);
        idempotency.remember(interviewId, key, hash, null, attempt.id, attempt.createdAt);
        return new Recorded(null, attempt.id, attempt.text, attempt.durationSeconds, question.toPlanned());
    }

    private AttemptResult store(long userId, long attemptId, AnswerAnalysis fresh, StoryHook.Candidate story) {
        Attempt attempt = attempts.findById(attemptId);
        InterviewQuestion question = questions.findById(attempt.questionId);
        BestAttempt earlier = BestAttempt.of(answers.forQuestion(attempt.questionId).map(a -> a.analysis)
                .orElse(null), attempts.ofQuestion(attempt.questionId), attempt.attemptNumber);
        if (attempt.analysis == null) {
            attempt.analysis = stories.record(userId, attempt.interviewId, attempt.questionId, null, attempt.id,
                    story, fresh);
            attempt.analysisEngine = fresh.engine().name() + "/" + fresh.engine().version();
            scored.fire(new QuestionScored(userId, attempt.interviewId, question.id, question.kind, question.category,
                    question.text, attempt.analysis.score()));
        }
        AttemptResult result = new AttemptResult(
                new AttemptView(attempt.id, attempt.interviewId, attempt.questionId, attempt.attemptNumber,
                        attempt.text, attempt.durationSeconds, attempt.createdAt, attempt.analysis.score()),
                attempt.analysis, earlier == null ? null : new PreviousBest(earlier.number(),
                earlier.analysis().score()), earlier == null ? null : AttemptDelta.between(earlier.analysis(),
                attempt.analysis));
        for (IdempotencyRecord rec : idempotency.pendingForAttempt(attemptId)) {
            rec.attemptResponse = result;
        }
        return result;
    }

    static String hash(long questionId, SubmitAttempt r) {
        return Sha256.hex("attempt\u0001" + questionId + "\u0001" + r.text() + "\u0001" + r.durationSeconds());
    }
}
