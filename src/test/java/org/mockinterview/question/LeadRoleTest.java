package org.mockinterview.question;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which role a behavioral prompt names: the candidate's lead role among those read surely, never a doubtful one (a
 * form's labels read as title and employer, a profile badge read as an employer).
 */
class LeadRoleTest {

    private static Experience role(String title, String organization, double confidence) {
        return new Experience(title, organization, null, "2020 – 2023", List.of("Built the weekly forecast"),
                List.of(), List.of(), confidence);
    }

    private static ResumeProfile profile(Experience... roles) {
        return new ResumeProfile("Ada Quill", null, null, List.of(), List.of(), List.of(roles), List.of(), List.of(),
                List.of());
    }

    @Test
    void aRoleReadWithLittleConfidenceIsNeverNamed() {
        assertThat(SubjectNames.wellFormed(role("Position", "Employer", 0.6))).isFalse();
        assertThat(SubjectNames.wellFormed(role("Data Scientist", "Northwind Bank", 0.75))).isTrue();
    }

    @Test
    void rolesReadSurelyComeFirstInResumeOrder() {
        ResumeProfile p = profile(role("Senior ML Engineer", "Top Rated Plus", 0.75),
                role("Data Scientist", "Northwind Bank", 1.0), role("Analyst", "Harbour Freight", 0.9));
        assertThat(ResumeSubject.experiences(p)).extracting(ResumeSubject::ref).containsExactly(
                "Data Scientist, Northwind Bank", "Analyst, Harbour Freight", "Senior ML Engineer, Top Rated Plus");
    }

    @Test
    void aBehavioralPromptNamesTheLeadRoleWhereverItsCategoryStandsInThePlan() {
        ResumeProfile p = profile(role("Data Analyst Intern", "Kestrel Freight", 1.0),
                role("Student Ambassador", "University of Eastmoor", 1.0), role("Bookseller", "Bramble Books", 1.0));
        CandidateQuery query = new CandidateQuery(p, null, null);
        for (int k = 0; k < 5; k++) {
            assertThat(query.subjectsFor(Category.BEHAVIORAL, k).getFirst().ref())
                    .isEqualTo("Data Analyst Intern, Kestrel Freight");
        }
    }
}
