package org.mockinterview.story;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mockinterview.embedding.BackgroundEmbeddingModel;
import org.mockinterview.embedding.UnitVectors;
import org.mockinterview.kernel.Category;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.scoring.AnalysisRequest;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalyzer;
import org.mockinterview.story.StoryViews.Filed;
import org.mockinterview.story.StoryViews.StoryBank;
import org.mockinterview.story.StoryViews.StoryDraft;
import org.mockinterview.story.StoryViews.StorySummary;
import org.mockinterview.story.StoryViews.StoryView;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The story bank: files stories told in answers (one story told again updates it), keeps the stories users draft,
 * and answers which story suits a question. Analysis and embedding run outside any transaction.
 */
@ApplicationScoped
public class StoryService {

    private final StoryRepository stories;
    private final StoryUseRepository uses;
    private final AnswerAnalyzer analyzer;
    private final EmbeddingModel model;
    private final Clock clock;

    StoryService(StoryRepository stories, StoryUseRepository uses, AnswerAnalyzer analyzer,
            BackgroundEmbeddingModel model, Clock clock) {
        this.stories = stories;
        this.uses = uses;
        this.analyzer = analyzer;
        this.model = model;
        this.clock = clock;
    }

    /** A story told in an answer, analysed and embedded, ready to file. */
    public record Told(String text, AnswerAnalysis analysis, String gist, float[] vector) {
    }

    /**
     * The story a behavioral answer tells, if it tells one: the analysis found a situation or an action, and a
     * result. Embeds it, so call it outside any transaction.
     */
    public Optional<Told> told(Category category, String text, AnswerAnalysis analysis) {
        if (category != Category.BEHAVIORAL || analysis.star() == null || !analysis.star().result().present()
                || !(analysis.star().situation().present() || analysis.star().action().present())) {
            return Optional.empty();
        }
        String gist = StoryMatcher.gist(text, analysis);
        return Optional.of(new Told(text, analysis, gist, embed(gist)));
    }

    /** Files a told story in the caller's transaction: the same story again updates it and keeps its best telling. */
    @Transactional
    public Filed file(long userId, long interviewId, long questionId, Long answerId, Long attemptId, Told told) {
        List<Story> mine = stories.ofUser(userId);
        Optional<Long> same = StoryMatcher.same(told.vector(), told.gist(), mine.stream()
                .map(s -> new StoryMatcher.Known(s.id, StoryMatcher.floats(s.vector),
                        StoryMatcher.gist(s.text, s.analysis))).toList());
        Story story = same.flatMap(id -> mine.stream().filter(s -> s.id == id).findFirst()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (story == null) {
            story = new Story();
            story.userId = userId;
            story.origin = "answer";
            story.createdAt = now;
            story.title = StoryTitles.of(null, told.text(), told.analysis());
            tell(story, told.text(), told.analysis(), told.vector());
            stories.persist(story);
        } else if (told.analysis().score() > story.score) {
            tell(story, told.text(), told.analysis(), told.vector());
        }
        story.timesUsed++;
        story.lastUsedAt = now;
        StoryUse use = new StoryUse();
        use.storyId = story.id;
        use.interviewId = interviewId;
        use.questionId = questionId;
        use.answerId = answerId;
        use.attemptId = attemptId;
        use.createdAt = now;
        uses.persistAndFlush(use);
        return new Filed(story.id, uses.questionsAnswered(story.id, interviewId));
    }

    @Transactional
    public StoryBank bank(long userId) {
        List<Story> mine = stories.ofUser(userId);
        List<StoryUse> told = uses.ofStories(mine.stream().map(s -> s.id).toList());
        return StoryCoverage.bank(mine.stream().map(s -> StoryCoverage.view(s, told)).toList());
    }

    @Transactional
    public StoryView get(long userId, long id) {
        Story s = owned(userId, id);
        return StoryCoverage.view(s, uses.ofStories(List.of(s.id)));
    }

    public StoryView create(long userId, StoryDraft draft) {
        AnswerAnalysis analysis = analyse(draft.text());
        float[] vector = embed(StoryMatcher.gist(draft.text(), analysis));
        return QuarkusTransaction.requiringNew().call(() -> {
            Story s = new Story();
            s.userId = userId;
            s.origin = "manual";
            s.createdAt = OffsetDateTime.now(clock);
            s.title = StoryTitles.of(draft.title(), draft.text(), analysis);
            tell(s, draft.text(), analysis, vector);
            stories.persistAndFlush(s);
            return StoryCoverage.view(s, List.of());
        });
    }

    public StoryView update(long userId, long id, StoryDraft draft) {
        QuarkusTransaction.requiringNew().run(() -> owned(userId, id));
        AnswerAnalysis analysis = analyse(draft.text());
        float[] vector = embed(StoryMatcher.gist(draft.text(), analysis));
        return QuarkusTransaction.requiringNew().call(() -> {
            Story s = owned(userId, id);
            s.title = StoryTitles.of(draft.title() == null ? s.title : draft.title(), draft.text(), analysis);
            tell(s, draft.text(), analysis, vector);
            return StoryCoverage.view(s, uses.ofStories(List.of(s.id)));
        });
    }

    @Transactional
    public void delete(long userId, long id) {
        stories.delete(owned(userId, id));
    }

    /** The best-scored story for any of the themes; with no theme given or none covered, the best story at all. */
    @Transactional
    public Optional<Long> suggest(long userId, List<String> themes) {
        List<StoryRepository.Themed> mine = stories.themesOf(userId);
        // best score first, so the first match is the best one
        return mine.stream().filter(s -> s.themes().stream().anyMatch(themes::contains)).findFirst()
                .or(() -> mine.stream().findFirst())
                .map(StoryRepository.Themed::id);
    }

    @Transactional
    public StorySummary summary(long userId) {
        List<StoryRepository.Themed> mine = stories.themesOf(userId);
        return new StorySummary(mine.size(), StoryCoverage.missing(mine.stream().map(StoryRepository.Themed::themes)
                .toList()));
    }

    private Story owned(long userId, long id) {
        return stories.findOwned(userId, id).orElseThrow(() -> ProblemException.notFound("Story " + id));
    }

    private AnswerAnalysis analyse(String text) {
        return analyzer.analyze(AnalysisRequest.of(text, null, Category.BEHAVIORAL));
    }

    private static void tell(Story s, String text, AnswerAnalysis analysis, float[] vector) {
        s.text = text;
        s.analysis = analysis;
        s.score = analysis.score();
        s.themes = StoryThemes.classify(text);
        s.vector = StoryMatcher.bytes(vector);
    }

    /** The gist's unit vector; waits for a model still loading, and without a model the matcher uses words. */
    private float[] embed(String gist) {
        try {
            return UnitVectors.embed(model, List.of(gist)).get(0);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
