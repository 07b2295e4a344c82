package org.mockinterview.interview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.coach.InterviewCoach;
import org.mockinterview.interview.InterviewRequests.SubmitAnswer;
import org.mockinterview.kernel.SpeechTiming;
import org.mockinterview.platform.Sha256;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.question.FollowUp;
import org.mockinterview.scoring.AnalysisRequest;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalyzer;
import org.mockinterview.speech.SpeechService;
import org.mockinterview.speech.TranscriptionService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Records answers and skips. The answer is committed first; analysis and follow-up generation run outside any
 * transaction; a second short transaction advances the interview. The interview row lock serialises each session.
 * A spoken answer is checked, decoded and transcribed before the first transaction; only its words and timing are kept.
 */
@ApplicationScoped
public class AnswerService {

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final IdempotencyRepository idempotency;
    private final InterviewAdvancer advancer;
    private final AnswerAnalyzer analyzer;
    private final InterviewCoach coach;
    private final StoryHook stories;
    private final SpeechService speech;
    private final TranscriptionService transcriptions;
    private final Clock clock;

    AnswerService(InterviewRepository interviews, InterviewQuestionRepository questions, AnswerRepository answers,
            IdempotencyRepository idempotency, InterviewAdvancer advancer, AnswerAnalyzer analyzer,
            InterviewCoach coach, StoryHook stories, SpeechService speech, TranscriptionService transcriptions,
            Clock clock) {
        this.stories = stories;
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.idempotency = idempotency;
        this.advancer = advancer;
        this.analyzer = analyzer;
        this.coach = coach;
        this.speech = speech;
        this.transcriptions = transcriptions;
        this.clock = clock;
    }

    /** What the first transaction decided: a stored reply to replay, or a recorded answer to finish. */
    record Recorded(AnswerResult replay, long answerId, String text, Integer durationSeconds, SpeechTiming speech,
            InterviewAdvancer.Context context) {
    }

    /** A spoken answer (multipart): the audio and, optionally, the client's own transcript of it. */
    public record SpokenAnswer(long questionId, byte[] audio, String text) {
    }

    public AnswerResult submit(long userId, long interviewId, String idempotencyKey, SubmitAnswer request) {
        SpeechTiming timing = request.transcriptionId() == null ? null
                : transcriptions.timing(userId, request.transcriptionId());
        return submit(userId, interviewId, idempotencyKey, hash(request), request, timing);
    }

    /**
     * The replay check and every rule of the answer run before the audio is decoded or sent to the model, so that
     * a retry or a wrong question costs nothing; they run again, under the row lock, when the answer is recorded.
     */
    public AnswerResult submitSpoken(long userId, long interviewId, String idempotencyKey, SpokenAnswer spoken) {
        String hash = Sha256.hex(spoken.questionId() + "\u0001audio:" + Sha256.hex(spoken.audio()) + "\u0001"
                + spoken.text());
        Optional<AnswerResult> replay = QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = lock(userId, interviewId);
            Optional<AnswerResult> stored = idempotencyKey == null ? Optional.empty()
                    : replay(interviewId, idempotencyKey, hash).map(Recorded::replay);
            if (stored.isEmpty()) {
                unanswered(interview, spoken.questionId());
            }
            return stored;
        });
        if (replay.isPresent()) {
            return replay.get();
        }
        SpeechService.Heard heard = speech.listenForAnswer(spoken.audio(), spoken.text());
        SubmitAnswer request = new SubmitAnswer(spoken.questionId(), heard.text(),
                (int) Math.ceil(heard.timing().audioSeconds()));
        return submit(userId, interviewId, idempotencyKey, hash, request, heard.timing());
    }

    private AnswerResult submit(long userId, long interviewId, String idempotencyKey, String hash,
            SubmitAnswer request, SpeechTiming timing) {
        Recorded recorded = QuarkusTransaction.requiringNew()
                .call(() -> record(userId, interviewId, idempotencyKey, hash, request, timing));
        if (recorded.replay() != null) {
            return recorded.replay();
        }
        return finish(interviewId, recorded);
    }

    public AnswerResult skip(long userId, long interviewId, long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = lock(userId, interviewId);
            InterviewQuestion question = unanswered(interview, questionId);
            Answer skip = new Answer();
            skip.interviewId = interviewId;
            skip.questionId = questionId;
            skip.skipped = true;
            skip.createdAt = OffsetDateTime.now(clock);
            answers.persistAndFlush(skip);
            return advancer.advanceAfterSkip(interview, question);
        });
    }

    /**
     * Completes a turn whose answer was stored but whose analysis never finished (a crash between the two
     * transactions), so that reading the interview always shows a consistent state.
     */
    public void finishPending(long userId, long interviewId) {
        Optional<Recorded> pending = QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = interviews.findOwned(userId, interviewId).orElse(null);
            if (interview == null || interview.currentQuestionId == null) {
                return Optional.<Recorded>empty();
            }
            return answers.forQuestion(interview.currentQuestionId).filter(a -> !a.skipped && a.analysis == null)
                    .map(a -> new Recorded(null, a.id, a.text, a.durationSeconds, a.speech,
                            advancer.context(interviewId, a.questionId)));
        });
        pending.ifPresent(r -> finish(interviewId, r));
    }

    /** The stored outcome of an earlier request with this key, or 422 when the key came with another body. */
    private Optional<Recorded> replay(long interviewId, String key, String hash) {
        // answers and retries share one key space per interview: a key reused with another body is a 422
        return idempotency.matching(interviewId, key, hash).map(rec -> {
            if (rec.response != null) {
                return new Recorded(rec.response, 0, null, null, null, null);
            }
            Answer answer = answers.findById(rec.answerId);
            return new Recorded(null, answer.id, answer.text, answer.durationSeconds, answer.speech,
                    advancer.context(interviewId, answer.questionId));
        });
    }

    private Recorded record(long userId, long interviewId, String key, String hash, SubmitAnswer request,
            SpeechTiming timing) {
        Interview interview = lock(userId, interviewId);
        if (key != null) {
            Optional<Recorded> previous = replay(interviewId, key, hash);
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        InterviewQuestion question = unanswered(interview, request.questionId());
        Answer answer = new Answer();
        answer.interviewId = interviewId;
        answer.questionId = request.questionId();
        answer.text = request.text(); // NUL-free already: NulFreeStrings strips every JSON string
        answer.durationSeconds = request.durationSeconds();
        answer.speech = timing;
        answer.createdAt = OffsetDateTime.now(clock);
        answers.persistAndFlush(answer);
        idempotency.remember(interviewId, key, hash, answer.id, null, answer.createdAt);
        return new Recorded(null, answer.id, answer.text, answer.durationSeconds, timing,
                advancer.context(interview, question));
    }

    private AnswerResult finish(long interviewId, Recorded recorded) {
        InterviewAdvancer.Context context = recorded.context();
        AnswerAnalysis analysis = analyzer.analyze(new AnalysisRequest(recorded.text(), context.question().text(),
                context.question().category(), recorded.durationSeconds(), context.question().keyPoints(),
                recorded.speech()));
        Optional<FollowUp> followUp = context.followUpAllowed()
                ? advancer.followUp(context, recorded.text(), analysis)
                : Optional.empty();
        StoryHook.Candidate story = stories.candidate(context.question().category(), recorded.text(), analysis);
        AnswerResult result = QuarkusTransaction.requiringNew()
                .call(() -> advancer.advanceAfterAnswer(interviewId, recorded.answerId(), analysis, followUp, story));
        reviewLater(recorded.answerId(), context.question(), recorded.text(), analysis);
        return result;
    }

    /** The optional LLM review (none without a model) runs after the turn is committed, never delaying the response. */
    private void reviewLater(long answerId, org.mockinterview.kernel.PlannedQuestion question, String text,
            AnswerAnalysis analysis) {
        coach.review(question, text, analysis).thenAccept(review -> review.ifPresent(r ->
                QuarkusTransaction.requiringNew().run(() -> {
                    Answer answer = answers.findById(answerId);
                    if (answer != null) {
                        answer.review = new AnswerReviewRecord(r.verdict(), r.corrections(), r.modelAnswerOutline());
                        answer.reviewGenerator = r.generator();
                        if (answer.analysis != null && !r.modelAnswerOutline().isEmpty()) {
                            // the model's outline replaces the rules' one; the analysis says which it shows
                            answer.analysis = answer.analysis.withStrongerAnswer(
                                    AnswerAnalysis.StrongerAnswer.byModel(r.modelAnswerOutline()));
                        }
                    }
                })));
    }

    private Interview lock(long userId, long interviewId) {
        Interview interview = interviews.lockOwned(userId, interviewId)
                .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
        if (interview.status != InterviewStatus.in_progress) {
            throw ProblemException.specific(ProblemType.CONFLICT, "interview-completed",
                    "The interview is completed; it takes no more answers.");
        }
        return interview;
    }

    private InterviewQuestion current(Interview interview, long questionId) {
        if (!Objects.equals(interview.currentQuestionId, questionId)) {
            String expected = interview.currentQuestionId == null ? "no question is open; complete the interview"
                    : "the current question is " + interview.currentQuestionId;
            throw ProblemException.specific(ProblemType.CONFLICT, "not-current-question",
                    "Question " + questionId + " is not the current question: " + expected + ".");
        }
        return questions.findById(questionId);
    }

    /** The interview's current question, refused when it already has an answer or a skip. */
    private InterviewQuestion unanswered(Interview interview, long questionId) {
        InterviewQuestion question = current(interview, questionId);
        if (answers.forQuestion(questionId).isPresent()) {
            throw alreadyAnswered(questionId);
        }
        return question;
    }

    private static ProblemException alreadyAnswered(long questionId) {
        return ProblemException.specific(ProblemType.CONFLICT, "not-current-question",
                "Question " + questionId + " was already answered.");
    }

    static String hash(SubmitAnswer r) {
        return Sha256.hex(r.questionId() + "\u0001" + r.text() + "\u0001" + r.durationSeconds()
                + (r.transcriptionId() == null ? "" : "\u0001" + r.transcriptionId()));
    }
}
