package org.mockinterview.bench;

import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

/** A hand-built profile of the kind the resume parser extracts, since this branch's parser is still a stub. */
public final class BenchProfiles {

    private BenchProfiles() {
    }

    public static ResumeProfile mlEngineer() {
        return new ResumeProfile("Jordan Example", "jordan.example@example.com", "+1 555 0100",
                List.of("github.com/jexample"),
                List.of(new Section("EXPERIENCE", "experience"), new Section("PROJECTS", "projects"),
                        new Section("EDUCATION", "education"), new Section("SKILLS", "skills")),
                List.of(new Experience("Senior Machine Learning Engineer", "Acme Analytics", "Berlin", "2022 - 2026",
                                List.of("Built a gradient-boosted churn model that lifted retention by 4.2%",
                                        "Designed an A/B testing framework with sequential tests"),
                                List.of("Python", "XGBoost", "Airflow"), List.of("4.2%", "21 to 12 days")),
                        new Experience("Data Scientist", "Globex Corp", "Remote", "2019 - 2022",
                                List.of("Calibrated fraud scores; precision at 1% FPR from 0.61 to 0.74"),
                                List.of("scikit-learn", "SQL"), List.of("0.61 to 0.74"))),
                List.of(new Project("Ticket classifier", "2023", "Fine-tuned BERT to route support tickets",
                                List.of("Macro F1 from 0.71 to 0.83 on 40 classes"), List.of("PyTorch", "BERT"),
                                List.of("fine-tuning", "classification"), List.of("0.71 to 0.83")),
                        new Project("Recommendation service", "2024", "Real-time recommendations on Kubernetes",
                                List.of("8k requests/s at p99 under 40 ms"), List.of("PyTorch", "Kubernetes"),
                                List.of("two-tower retrieval", "ranking"), List.of("8k requests/s"))),
                List.of(new Education("Technical University of Munich", "M.Sc. Computer Science", "2017")),
                List.of("Python", "SQL", "PyTorch", "TensorFlow", "scikit-learn", "XGBoost", "Spark", "Kubernetes"));
    }
}
