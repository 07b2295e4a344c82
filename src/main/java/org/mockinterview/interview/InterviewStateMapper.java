package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.interview.InterviewViews.Current;
import org.mockinterview.interview.InterviewViews.InterviewSummary;
import org.mockinterview.interview.InterviewViews.InterviewView;
import org.mockinterview.interview.InterviewViews.PlanItem;
import org.mockinterview.interview.InterviewViews.Progress;
import org.mockinterview.interview.InterviewViews.QuestionView;
import org.mockinterview.interview.InterviewViews.Settings;

import java.util.List;
import java.util.Set;

/**
 * Reads an interview's rows into the API's view of it; call inside a transaction.
 */
@ApplicationScoped
public class InterviewStateMapper {

    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final StoryHook stories;

    InterviewStateMapper(InterviewQuestionRepository questions, AnswerRepository answers, StoryHook stories) {
        this.questions = questions;
        this.answers = answers;
        this.stories = stories;
    }

    InterviewView view(Interview interview) {
        return view(interview, questions.ofInterview(interview.id), answers.answeredQuestionIds(interview.id));
    }

    /** The view of an interview stored a moment ago, from the rows in hand: nothing is answered yet, nothing is re-read. */
    InterviewView viewOfNew(Interview interview, List<InterviewQuestion> all) {
        return view(interview, all, Set.of());
    }

    private InterviewView view(Interview interview, List<InterviewQuestion> all, Set<Long> answered) {
        List<InterviewQuestion> mains = all.stream().filter(q -> q.kind == QuestionKind.main).toList();
        List<PlanItem> plan = mains.stream()
                .map(q -> new PlanItem(q.id, q.position / InterviewQuestion.POSITION_STEP + 1, q.category, q.text,
                        q.source, q.projectRef))
                .toList();
        Current current = all.stream().filter(q -> q.id.equals(interview.currentQuestionId)).findFirst()
                .map(q -> new Current(QuestionView.of(q), q.kind, stories.suggestion(interview.userId, q))).orElse(null);
        InterviewSettings s = interview.settings;
        return new InterviewView(interview.id, interview.status, interview.createdAt, interview.completedAt,
                interview.resumeId,
                new Settings(s.categories(), s.questionsPerCategory(), s.difficulty(), s.followUps(),
                        s.jobDescription() != null, s.mode()),
                plan, current, progress(answered, mains));
    }

    InterviewSummary summary(Interview interview) {
        List<InterviewQuestion> mains = questions.ofInterview(interview.id).stream()
                .filter(q -> q.kind == QuestionKind.main).toList();
        Integer overall = interview.report == null ? null : interview.report.overallScore();
        return new InterviewSummary(interview.id, interview.status, interview.createdAt, interview.completedAt,
                interview.resumeId, progress(answers.answeredQuestionIds(interview.id), mains), overall);
    }

    private static Progress progress(Set<Long> answered, List<InterviewQuestion> mains) {
        return new Progress((int) mains.stream().filter(q -> answered.contains(q.id)).count(), mains.size());
    }
}
