package org.mockinterview.prep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockinterview.platform.TestClock;
import org.mockinterview.support.Api;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Prep plans over HTTP: creation from the user's state, validation, done items, the calendar, determinism. */
@QuarkusTest
class PrepPlanResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static JsonPath create(String user, Map<String, Object> body) {
        return Api.as(user).body(body).when().post("/api/v1/prep-plans").then().statusCode(201)
                .header("Location", containsString("/api/v1/prep-plans/")).extract().jsonPath();
    }

    @Test
    void aPlanNamesTheResumesProjectsAndTheMissingThemesAndEndsWithLogistics() {
        String user = "prep-" + UUID.randomUUID();
        long resumeId = Api.as(user).body(Map.of("text", Api.RESUME)).when().post("/api/v1/resumes").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        JsonPath plan = create(user, Map.of("interviewDate", today().plusDays(21).toString(), "hoursPerWeek", 6));

        assertThat(plan.getLong("resumeId")).isEqualTo(resumeId); // the most recent resume when none is named
        assertThat(plan.getInt("hoursPerWeek")).isEqualTo(6);
        assertThat(plan.getList("days")).hasSize(21);
        assertThat(plan.getString("days[0].date")).isEqualTo(today().toString());
        assertThat(plan.getString("days[20].date")).isEqualTo(today().plusDays(20).toString());
        List<String> projects = plan.getList("days.items.flatten().findAll { it.kind == 'resume_depth' }.projectRef");
        assertThat(projects).contains("Card Fraud Detection");
        List<String> themes = plan.getList("days.items.flatten().findAll { it.kind == 'story_bank' }.storyTheme");
        assertThat(themes).contains("technical_disagreement", "failed_model", "messy_data",
                "stakeholder_communication", "accuracy_vs_interpretability");
        assertThat(plan.getList("days[20].items.kind", String.class)).contains("logistics")
                .allMatch(k -> k.equals("logistics") || k.equals("review"));
        List<String> drilled = plan.getList("days.items.flatten().findAll { it.kind == 'drill' }.questionIds.flatten()");
        assertThat(drilled).isNotEmpty().doesNotHaveDuplicates();
        int minutes = plan.getInt("days.items.flatten().sum { it.minutes }");
        assertThat(minutes).isBetween((int) Math.ceil(0.6 * 6 * 60 * 3), (int) (1.15 * 6 * 60 * 3));
    }

    @Test
    void answeredQuestionsComeBackAsReviewsWhenDue() {
        String user = "prep-review-" + UUID.randomUUID();
        long id = Api.createInterview(user, Map.of("questionsPerCategory", 1)).statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.runToEnd(user, id);
        List<String> asked = Api.as(user).when().get("/api/v1/practice/queue").then().statusCode(200).extract()
                .jsonPath().getList("text");

        JsonPath plan = create(user, Map.of("interviewDate", today().plusDays(30).toString()));

        List<String> reviews = plan.getList("days.items.flatten().findAll { it.kind == 'review' }.detail");
        assertThat(asked).isNotEmpty();
        assertThat(String.join("\n", reviews)).contains(asked.get(0));
        assertThat(plan.getInt("hoursPerWeek")).isEqualTo(PrepPlanViews.DEFAULT_HOURS_PER_WEEK);
    }

    @Test
    void badDatesAndBudgetsAre400NamingTheField() {
        String user = "prep-bad-" + UUID.randomUUID();
        for (LocalDate bad : List.of(today(), today().minusDays(3), today().plusYears(1).plusDays(1))) {
            Api.as(user).body(Map.of("interviewDate", bad.toString())).when().post("/api/v1/prep-plans").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("interviewDate"));
        }
        Api.as(user).body(Map.of("hoursPerWeek", 5)).when().post("/api/v1/prep-plans").then()
                .statusCode(400).contentType("application/problem+json").body(containsString("interviewDate"));
        Api.as(user).body(Map.of("interviewDate", today().plusDays(5).toString(), "hoursPerWeek", 0)).when()
                .post("/api/v1/prep-plans").then().statusCode(400).body(containsString("hoursPerWeek"));
        Api.as(user).body(Map.of("interviewDate", today().plusDays(5).toString(), "resumeId", 987654321)).when()
                .post("/api/v1/prep-plans").then().statusCode(404).contentType("application/problem+json");
        Api.as(user).when().get("/api/v1/prep-plans").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void doneItemsShowInThePlanAndTheList() {
        String user = "prep-done-" + UUID.randomUUID();
        JsonPath plan = create(user, Map.of("interviewDate", today().plusDays(5).toString()));
        long id = plan.getLong("id");
        long itemId = plan.getLong("days[0].items[0].id");

        Api.as(user).when().post("/api/v1/prep-plans/" + id + "/items/" + itemId + "/done").then().statusCode(200)
                .body("days[0].items[0].done", equalTo(true)).body("days[0].items[1].done", equalTo(false));
        Api.as(user).when().get("/api/v1/prep-plans/" + id).then().statusCode(200)
                .body("days[0].items[0].done", equalTo(true));
        Api.as(user).when().get("/api/v1/prep-plans").then().statusCode(200)
                .body("[0].id", equalTo((int) id)).body("[0].done", equalTo(1));
        Api.as(user).when().post("/api/v1/prep-plans/" + id + "/items/999999/done").then().statusCode(404);

        Api.as(user).when().delete("/api/v1/prep-plans/" + id).then().statusCode(204);
        Api.as(user).when().get("/api/v1/prep-plans/" + id).then().statusCode(404);
    }

    @Test
    void theCalendarHasOneAllDayEventPerDayWithItsItems() throws Exception {
        String user = "prep-ics-" + UUID.randomUUID();
        JsonPath plan = create(user, Map.of("interviewDate", today().plusDays(5).toString(), "hoursPerWeek", 6));

        String body = Api.as(user).accept("text/calendar").when().get("/api/v1/prep-plans/" + plan.getLong("id"))
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(5);
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(today().toString().replace("-", ""));
        assertThat(events.get(0).getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(today().plusDays(1).toString().replace("-", ""));
        String description = events.get(4).getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertThat(description).contains(plan.getString("days[4].items[0].title")).contains("model deployment");
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void plansAreDeterministicForTheDateStateAndClock() {
        String user = "prep-same-" + UUID.randomUUID();
        clock.advance(Duration.ofDays(2));
        LocalDate shifted = today().plusDays(2);
        Map<String, Object> body = Map.of("interviewDate", shifted.plusDays(14).toString(), "hoursPerWeek", 8);

        JsonPath first = create(user, body);
        JsonPath second = create(user, body);

        assertThat(first.getString("days[0].date")).isEqualTo(shifted.toString());
        assertThat(second.getList("days")).isEqualTo(first.getList("days"));
        assertThat(second.getLong("id")).isNotEqualTo(first.getLong("id"));
    }
}
