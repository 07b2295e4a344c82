package org.mockinterview.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice pages in headless Chromium: the story bank (add, coverage, edit, delete), the review queue after an
 * answered interview (with the 422 when nothing is due), progress with its chart, and a prep plan (create, tick an
 * item, download the iCalendar file); screenshots and axe-core at each step.
 */
@QuarkusTest
class WebPracticeTest extends BrowserTest {

    /** A completed behavioural and fundamentals interview, answered weakly and well in turn. */
    private static long answeredInterview(String user) {
        long id = Api.createInterview(user, Map.of("categories", List.of("behavioral", "ml_fundamentals"),
                "questionsPerCategory", 1, "followUps", 0)).statusCode(201).extract().jsonPath().getLong("id");
        Api.runToEnd(user, id);
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
        return id;
    }

    @Test
    void storyBankQueueProgressAndPrepPlan() throws IOException {
        String user = "web-practice-" + UUID.randomUUID();
        long interviewId = answeredInterview(user);
        signIn(user);

        browser.clickable(By.cssSelector("a[data-route='practice']")).click();
        browser.awaitRoute("/practice");
        assertThat(text(By.tagName("h1"))).isEqualTo("Practice");
        browser.step("p01-practice");

        // story bank: add a story, see it with its STAR parts and the coverage it brings
        browser.clickable(By.linkText("Open the story bank")).click();
        browser.awaitRoute("/practice/stories");
        String before = text(By.id("missing-themes"));
        browser.visible(By.id("story-title")).sendKeys("Fraud model recall");
        browser.driver().findElement(By.id("story-text")).sendKeys("When our fraud model failed in production and "
                + "missed a new attack pattern, I led the team to fix it. I was responsible for recall. I retrained the "
                + "model with new features and worked with the risk team despite the conflict over thresholds. "
                + "Recall rose from 0.6 to 0.8 and chargebacks fell 15%, saving $200k.");
        browser.clickable(By.id("save-story")).click();
        browser.await(d -> d.findElement(By.id("status")).getText().matches("Story \\d+ was added\\."));
        WebElement story = browser.visible(By.xpath("//li[contains(@class,'story')][.//h3[text()='Fraud model recall']]"));
        String storyId = story.getDomAttribute("id").replace("story-", "");
        assertThat(story.getText()).contains("Situation").contains("Result");
        assertThat(text(By.id("theme-coverage"))).contains("covered");
        assertThat(text(By.id("missing-themes"))).isNotEqualTo(before);
        browser.step("p02-story-bank");

        // edit it, then delete it after a confirmation (cancel first keeps it)
        browser.clickable(By.id("edit-story-" + storyId)).click();
        WebElement title = browser.visible(By.id("story-title"));
        title.clear();
        title.sendKeys("Fraud model recall, revised");
        browser.clickable(By.id("save-story")).click();
        browser.await(d -> d.findElement(By.id("status")).getText().equals("Story " + storyId + " was saved."));
        assertThat(text(By.id("story-" + storyId))).contains("Fraud model recall, revised");
        browser.clickable(By.id("delete-story-" + storyId)).click();
        browser.clickable(By.id("dialog-cancel")).click();
        browser.await(d -> d.findElements(By.tagName("dialog")).isEmpty());
        browser.clickable(By.id("delete-story-" + storyId)).click();
        browser.clickable(By.id("dialog-confirm")).click();
        browser.await(d -> d.findElement(By.id("status")).getText().equals("Story " + storyId + " was deleted."));
        assertThat(browser.driver().findElements(By.id("story-" + storyId))).isEmpty();

        // review queue: the answered questions, none due yet, so a review interview is refused with a message
        browser.open(base + "#/practice/queue", "/practice/queue");
        assertThat(text(By.id("queue-table"))).contains("Weak");
        assertThat(text(By.id("due-count"))).startsWith("0 of");
        browser.clickable(By.id("start-review")).click();
        WebElement alert = browser.visible(By.cssSelector("#alerts .alert"));
        assertThat(alert.getDomAttribute("data-status")).isEqualTo("422");
        assertThat(alert.getText()).doesNotContain("{");
        browser.step("p03-queue");

        // progress: the chart of scores over time, the table and the weakest criteria
        browser.open(base + "#/practice/progress", "/practice/progress");
        browser.await(d -> d.findElement(By.id("progress-chart")).getDomAttribute("data-rendered") != null);
        assertThat(text(By.id("trend-table"))).contains("Behavioural");
        assertThat(text(By.id("progress-counts"))).contains("Completed interviews\n1");
        assertThat(browser.driver().findElements(By.cssSelector("#weakest-criteria li"))).isNotEmpty();
        browser.step("p04-progress");

        // prep plan: create one, tick an item, download the calendar file
        browser.open(base + "#/practice/plans", "/practice/plans");
        browser.step("p05-plans");
        browser.clickable(By.id("create-plan")).click();
        browser.await(d -> d.findElement(By.tagName("body")).getDomAttribute("data-ready").matches("/practice/plans/\\d+"));
        long planId = Long.parseLong(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-ready")
                .replace("/practice/plans/", ""));
        WebElement first = browser.clickable(By.cssSelector(".plan-item input[type='checkbox']"));
        String itemId = first.getDomAttribute("id");
        first.click();
        browser.await(d -> d.findElement(By.id("status")).getText().startsWith("Done: "));
        assertThat(text(By.id("plan-done"))).startsWith("1 of");
        assertThat(browser.driver().findElement(By.id(itemId)).isSelected()).isTrue();
        Api.as(user).when().get("/api/v1/prep-plans").then().statusCode(200)
                .body("[0].done", org.hamcrest.Matchers.equalTo(1));
        browser.step("p06-plan");

        Path saved = browser.downloads().resolve("prep-plan-" + planId + ".ics");
        Files.deleteIfExists(saved);
        browser.clickable(By.id("download-ics")).click();
        browser.await(d -> Files.isRegularFile(saved) && size(saved) > 15);
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
        assertThat(interviewId).isPositive();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
