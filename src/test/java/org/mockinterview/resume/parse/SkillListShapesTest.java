package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;

/** Skill lists as narrow columns print them. */
class SkillListShapesTest {

    @Test
    void anItemWhoseBracketWrapsOntoTheNextLineIsOneSkillAndTheRestStayItems() {
        ResumeProfile p = TextResumes.parse("""
                Skills
                SQL (PostgreSQL, SQL Server,
                Snowflake)
                Python (pandas, NumPy)
                Looker Studio
                Forecasting
                """);

        assertThat(p.skills()).containsExactly("SQL (PostgreSQL, SQL Server, Snowflake)", "Python (pandas, NumPy)",
                "Looker Studio", "Forecasting");
    }

    @Test
    void commasInsideAnItemsBracketsMakeNoListOfTheColumn() {
        ResumeProfile p = TextResumes.parse("""
                Skills
                Python
                SQL (T-SQL, BigQuery)
                dbt
                Kafka
                GCP (Pub/Sub, Dataflow)
                Looker
                """);

        assertThat(p.skills()).containsExactly("Python", "SQL (T-SQL, BigQuery)", "dbt", "Kafka",
                "GCP (Pub/Sub, Dataflow)", "Looker");
    }
}
