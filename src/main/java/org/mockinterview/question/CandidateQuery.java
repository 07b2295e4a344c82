package org.mockinterview.question;

import org.mockinterview.embedding.QueryVectorCache;
import org.mockinterview.embedding.UnitVectors;
import org.mockinterview.kernel.Category;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one plan is tailored to: the candidate's projects, experience, skills and the job description,
 * each embedded as its own segment so one strong project is not diluted by the rest of the resume.
 *
 * <p>Segments are embedded on first use, not on construction: inference is most of a plan's CPU, and a plan whose
 * bank slots the model fills only needs them to order deep-dive subjects by the job description.
 */
final class CandidateQuery {

    // Caps keep the per-plan embedding cost bounded for long resumes; the first entries are the candidate's own priority.
    private static final int MAX_PROJECTS = 4;
    private static final int MAX_EXPERIENCES = 3;
    private static final int MAX_JOB_CHARS = 3000;
    private static final int MAX_EMBEDDED_STATEMENTS = 4;

    /** Why a bank question scored as it did: its score and the segment it matched best. */
    record Match(double score, String label) {
    }

    private final List<ResumeSubject> allProjects;
    private final List<ResumeSubject> allExperiences;
    private final List<ResumeSubject> work;
    private final List<String> labels = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final boolean hasJob;
    private final QueryVectorCache embedder;
    private List<float[]> vectors;
    private List<ResumeSubject> projects;
    private List<ResumeSubject> experiences;

    CandidateQuery(ResumeProfile profile, String jobDescription, QueryVectorCache embedder) {
        this.embedder = embedder;
        this.allProjects = ResumeSubject.projects(profile);
        this.allExperiences = ResumeSubject.experiences(profile);
        this.work = ResumeSubject.work(profile);
        for (ResumeSubject s : allProjects.subList(0, Math.min(MAX_PROJECTS, allProjects.size()))) {
            labels.add("your project '" + s.ref() + "'");
            texts.add(s.description());
        }
        for (ResumeSubject s : allExperiences.subList(0, Math.min(MAX_EXPERIENCES, allExperiences.size()))) {
            labels.add("your role as " + s.ref());
            texts.add(s.description());
        }
        if (!work.isEmpty()) {
            // One segment: single statements are short, and together they say what the candidate works on.
            labels.add("the work described on your resume");
            texts.add(String.join(" ", work.subList(0, Math.min(MAX_EMBEDDED_STATEMENTS, work.size())).stream()
                    .map(ResumeSubject::description).toList()));
        }
        List<String> skills = profile == null || profile.skills() == null ? List.of()
                : profile.skills().stream().filter(s -> !ResumeSubject.blank(s)).toList();
        if (!skills.isEmpty()) {
            labels.add("your skills");
            texts.add("Skills: " + String.join(", ", skills));
        }
        this.hasJob = !ResumeSubject.blank(jobDescription);
        if (hasJob) {
            String jd = jobDescription.strip();
            labels.add("the job description");
            texts.add(jd.length() > MAX_JOB_CHARS ? jd.substring(0, MAX_JOB_CHARS) : jd);
        }
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    boolean hasResumeEntries() {
        return !allProjects.isEmpty() || !allExperiences.isEmpty() || !work.isEmpty();
    }

    /** The segments' unit vectors, embedded on the first call (one plan runs on one thread). */
    private List<float[]> vectors() {
        if (vectors == null) {
            vectors = embedder.embed(texts);
        }
        return vectors;
    }

    /** Best segment similarity, blended with the mean so questions relevant to the whole profile also rise. */
    Match match(float[] questionVector) {
        if (texts.isEmpty()) {
            return new Match(0, null);
        }
        List<float[]> vectors = vectors();
        double best = Double.NEGATIVE_INFINITY;
        double sum = 0;
        String label = null;
        for (int i = 0; i < vectors.size(); i++) {
            double s = UnitVectors.dot(vectors.get(i), questionVector);
            sum += s;
            if (s > best) {
                best = s;
                label = labels.get(i);
            }
        }
        return new Match(0.75 * best + 0.25 * sum / vectors.size(), label);
    }

    /**
     * Resume subjects to deep-dive for the k-th requested category: rotated so that different categories
     * name different projects; behavioral prompts lead with the lead experience entry, the rest with projects; statements
     * of the candidate's work come after the named entries, best first.
     */
    List<ResumeSubject> subjectsFor(Category category, int k) {
        if (projects == null) {
            int embeddedProjects = Math.min(MAX_PROJECTS, allProjects.size());
            projects = rankByJob(allProjects, 0, embeddedProjects);
            experiences = rankByJob(allExperiences, embeddedProjects,
                    Math.min(MAX_EXPERIENCES, allExperiences.size()));
        }
        List<ResumeSubject> first = category == Category.BEHAVIORAL ? experiences : projects;
        List<ResumeSubject> second = category == Category.BEHAVIORAL ? projects : experiences;
        // a behavioral prompt asks about the candidate's lead role (the latest, or the one closest to the job), not
        // whichever the category's position in the plan rotates to; the other categories spread over the projects
        List<ResumeSubject> out = new ArrayList<>(rotate(first, category == Category.BEHAVIORAL ? 0 : k));
        out.addAll(rotate(second, k));
        out.addAll(rotate(work, k));
        return out;
    }

    /** With a job description, the entries closest to it come first; otherwise resume order stands. */
    private List<ResumeSubject> rankByJob(List<ResumeSubject> subjects, int firstVector, int embedded) {
        if (!hasJob || subjects.isEmpty()) {
            return subjects;
        }
        List<float[]> vectors = vectors();
        float[] jobVector = vectors.get(vectors.size() - 1);
        Map<ResumeSubject, Double> score = new IdentityHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            // Entries beyond the embedding cap were not embedded; they rank after every embedded one.
            score.put(subjects.get(i), i < embedded ? UnitVectors.dot(vectors.get(firstVector + i), jobVector) : -2.0);
        }
        List<ResumeSubject> ranked = new ArrayList<>(subjects);
        // Stable sort: equal scores keep resume order, so the result stays deterministic.
        ranked.sort(Comparator.comparingDouble((ResumeSubject s) -> -score.get(s)));
        return ranked;
    }

    private static <T> List<T> rotate(List<T> list, int k) {
        if (list.isEmpty()) {
            return list;
        }
        int shift = k % list.size();
        List<T> out = new ArrayList<>(list.subList(shift, list.size()));
        out.addAll(list.subList(0, shift));
        return out;
    }
}
