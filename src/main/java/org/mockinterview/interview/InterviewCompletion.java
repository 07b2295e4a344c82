package org.mockinterview.interview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.resume.ResumeService;
import org.mockinterview.resume.ResumeView;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ends an interview and builds its report once; reads transcripts and reports.
 */
@ApplicationScoped
public class InterviewCompletion {

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final ResumeService resumes;
    private final AnswerService answerService;
    private final AttemptRepository attempts;
    private final ReportContext context;
    private final java.time.Clock clock;

    InterviewCompletion(InterviewRepository interviews, InterviewQuestionRepository questions, AnswerRepository answers,
            ResumeService resumes, AnswerService answerService, AttemptRepository attempts, ReportContext context,
            java.time.Clock clock) {
        this.clock = clock;
        this.attempts = attempts;
        this.context = context;
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.resumes = resumes;
        this.answerService = answerService;
    }

    /** Completing twice returns the same report; an abandoned session completes with its gaps reported. */
    public InterviewReport complete(long userId, long interviewId) {
        answerService.finishPending(userId, interviewId);
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = interviews.lockOwned(userId, interviewId)
                    .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
            List<ReportBuilder.Turn> turns = turns(interview.id);
            ResumeProfile profile = profile(userId, interview);
            if (interview.status != InterviewStatus.completed) {
                java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
                interview.complete(ReportBuilder.build(turns, profile, now), now);
                interviews.flush(); // the progress query reads this interview's report back
            }
            return current(userId, interview, turns, profile);
        });
    }

    @Transactional
    public InterviewReport report(long userId, long interviewId) {
        Interview interview = interviews.findOwned(userId, interviewId)
                .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
        if (interview.report == null) {
            throw ProblemException.specific(ProblemType.CONFLICT, "interview-not-completed",
                    "The report exists once the interview is completed: POST /api/v1/interviews/" + interviewId
                            + "/complete.");
        }
        return current(userId, interview, turns(interview.id), profile(userId, interview));
    }

    @Transactional
    public Transcript transcript(long userId, long interviewId) {
        Interview interview = interviews.findOwned(userId, interviewId)
                .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
        Map<Long, List<Attempt>> retries = retries(interview.id);
        List<Transcript.Entry> entries = turns(interview.id).stream().map(t -> {
            InterviewQuestion q = t.question();
            Answer a = t.answer();
            return new Transcript.Entry(q.id, q.kind, q.parentId, q.category, q.text, q.source, q.projectRef,
                    q.generator, q.createdAt, a == null ? null : a.text, a != null && a.skipped,
                    a == null ? null : a.durationSeconds, a == null ? null : a.createdAt,
                    a == null || a.analysis == null ? null : a.analysis.score(),
                    a == null ? null : a.analysisEngine,
                    retries.getOrDefault(q.id, List.of()).stream().map(r -> new Transcript.Retry(r.attemptNumber,
                            r.text, r.durationSeconds, r.createdAt, r.analysis == null ? null : r.analysis.score()))
                            .toList());
        }).toList();
        return new Transcript(interview.id, interview.status, interview.createdAt, interview.completedAt, entries);
    }

    private InterviewReport current(long userId, Interview interview, List<ReportBuilder.Turn> turns,
            ResumeProfile profile) {
        return context.decorate(userId, interview, interview.report, turns,
                ReportBuilder.questions(turns, retries(interview.id)), profile);
    }

    private Map<Long, List<Attempt>> retries(long interviewId) {
        return attempts.ofInterview(interviewId).stream().collect(Collectors.groupingBy(a -> a.questionId));
    }

    private List<ReportBuilder.Turn> turns(long interviewId) {
        Map<Long, Answer> byQuestion = answers.ofInterview(interviewId).stream()
                .collect(Collectors.toMap(a -> a.questionId, Function.identity()));
        return questions.ofInterview(interviewId).stream()
                .map(q -> new ReportBuilder.Turn(q, byQuestion.get(q.id))).toList();
    }

    private ResumeProfile profile(long userId, Interview interview) {
        return interview.resumeId == null ? null
                : resumes.findOwned(userId, interview.resumeId).map(ResumeView::profile).orElse(null);
    }
}
