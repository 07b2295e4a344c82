package org.mockinterview.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.support.Api;
import org.mockinterview.support.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in headless Chromium against the running service: the whole flow from sign-in to the report's PDF,
 * with screenshots and axe-core at each step, API errors shown as messages, and a keyboard-only sign-in.
 */
@QuarkusTest
class WebFlowTest extends BrowserTest {

    @Test
    void signInUploadCorrectInterviewAndDownloadTheReport() throws IOException {
        String user = "web-" + UUID.randomUUID();
        assertThat(text(By.tagName("h1"))).isEqualTo("Practise ML interviews from your resume");
        assertThat(browser.driver().findElement(By.id("token")).isDisplayed()).isTrue();
        browser.step("01-sign-in");

        signIn(user);
        browser.step("02-home");

        // upload a generated PDF with the file picker; the profile page opens with its warnings
        browser.clickable(By.cssSelector("a[data-route='resumes']")).click();
        browser.awaitRoute("/resumes");
        browser.step("03-resumes");
        Path pdf = Files.createDirectories(Path.of("target", "web-fixtures")).resolve("jordan-lee.pdf");
        Files.write(pdf, resumePdf());
        browser.driver().findElement(By.id("resume-file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.await(d -> d.findElement(By.tagName("body")).getDomAttribute("data-ready").matches("/resumes/\\d+"));
        assertThat(text(By.tagName("h1"))).isEqualTo("jordan-lee.pdf");
        assertThat(text(By.id("profile-source"))).isEqualTo("As parsed");
        long resumeId = Long.parseLong(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-ready")
                .replace("/resumes/", ""));
        browser.step("04-profile");

        // a 400 names the field: it is shown as a message and marked on the control
        WebElement title = browser.visible(By.cssSelector("[data-path='experience[0].title']"));
        title.clear();
        browser.clickable(By.id("save-profile")).click();
        WebElement alert = browser.visible(By.cssSelector("#alerts .alert"));
        assertThat(alert.getText()).contains("experience[0].title: must not be blank").doesNotContain("{");
        browser.await(d -> "true".equals(d.findElement(By.cssSelector("[data-path='experience[0].title']"))
                .getDomAttribute("aria-invalid")));
        browser.step("05-profile-invalid");

        // the correction is saved through PUT /resumes/{id}/profile
        title = browser.driver().findElement(By.cssSelector("[data-path='experience[0].title']"));
        title.sendKeys("Senior Machine Learning Engineer");
        browser.clickable(By.id("save-profile")).click();
        browser.await(d -> d.findElement(By.id("profile-source")).getText().equals("Corrected by you"));
        assertThat(text(By.id("status"))).isEqualTo("Profile saved.");
        Api.as(user).when().get("/api/v1/resumes/" + resumeId).then().statusCode(200)
                .body("profileSource", org.hamcrest.Matchers.equalTo("user"))
                .body("profile.experience[0].title", org.hamcrest.Matchers.equalTo("Senior Machine Learning Engineer"));

        // start a behavioural interview on this resume: two questions, one follow-up each at most
        browser.clickable(By.linkText("Start an interview with this resume")).click();
        browser.awaitRoute("/interviews/new");
        for (WebElement box : browser.driver().findElements(By.cssSelector("input[name='category']"))) {
            if (box.isSelected() != "behavioral".equals(box.getDomAttribute("value"))) {
                box.click();
            }
        }
        WebElement perCategory = browser.driver().findElement(By.id("setup-per-category"));
        perCategory.clear();
        perCategory.sendKeys("2");
        browser.step("06-setup");
        browser.clickable(By.id("start-interview")).click();
        browser.await(d -> d.findElement(By.tagName("body")).getDomAttribute("data-ready").matches("/interviews/\\d+"));
        String route = browser.driver().findElement(By.tagName("body")).getDomAttribute("data-ready");
        long interviewId = Long.parseLong(route.replace("/interviews/", ""));

        // first answer, weak: the timer runs, and the analysis asks a follow-up
        browser.visible(By.id("question-text"));
        browser.await(d -> !d.findElement(By.id("timer")).getText().equals("00:00"));
        browser.driver().findElement(By.id("answer")).sendKeys(Api.WEAK);
        browser.step("07-interview");
        browser.clickable(By.id("submit-answer")).click();
        WebElement next = browser.clickable(By.id("continue"));
        assertThat(next.getText()).isEqualTo("Answer the follow-up");
        assertThat(text(By.cssSelector("#feedback .score-value"))).matches("\\d+");
        browser.step("08-analysis");

        // second answer, a full STAR story to the follow-up: its evidence is highlighted inside the answer
        next.click();
        assertThat(text(By.cssSelector("#answer-form .question-meta"))).contains("Follow-up");
        browser.driver().findElement(By.id("answer")).sendKeys(Api.GOOD);
        browser.clickable(By.id("submit-answer")).click();
        browser.clickable(By.cssSelector("#continue, #complete"));
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("#highlighted-answer mark"));
        assertThat(marks).isNotEmpty();
        // the highlight's own text (after its hidden label for screen readers) is a piece of the answer
        assertThat(Api.GOOD).contains((String) browser.script("return arguments[0].lastChild.textContent", marks.get(0)));
        assertThat(marks.get(0).getDomAttribute("title")).isNotBlank();
        assertThat(text(By.id("star-verdicts"))).contains("Result").contains("present");
        browser.step("09-follow-up-analysis");

        // skip what is left, then complete
        while (!browser.driver().findElements(By.id("continue")).isEmpty()) {
            browser.clickable(By.id("continue")).click();
            browser.clickable(By.id("skip")).click();
            browser.clickable(By.cssSelector("#continue, #complete"));
        }
        browser.clickable(By.id("complete")).click();
        browser.awaitRoute("/interviews/" + interviewId + "/report");
        browser.await(d -> d.findElement(By.id("score-chart")).getDomAttribute("data-rendered") != null);
        assertThat(text(By.id("overall-score"))).matches("\\d+/100");
        assertThat(text(By.id("category-table"))).contains("Behavioural");
        browser.step("10-report");

        // "Try again" on the first answer posts an attempt and shows the score change
        browser.clickable(By.cssSelector(".try-again summary")).click();
        browser.visible(By.cssSelector(".try-again textarea")).sendKeys(Api.GOOD);
        browser.clickable(By.cssSelector(".try-again button[type='submit']")).click();
        browser.await(d -> d.findElement(By.cssSelector(".attempt-result")).getText().matches("Score \\d+ \\(attempt 2; .*change [+-]?\\d+\\)\\."));

        JsonPath transcript = Api.as(user).when().get("/api/v1/interviews/" + interviewId + "/transcript").then()
                .statusCode(200).extract().jsonPath();
        assertThat(transcript.getList("entries.kind")).contains("follow_up");
        assertThat(transcript.getInt("entries[0].durationSeconds")).isPositive();

        // the PDF comes through fetch with the bearer token and is saved as a file
        Path saved = browser.downloads().resolve("interview-" + interviewId + "-report.pdf");
        Files.deleteIfExists(saved);
        browser.clickable(By.id("download-pdf")).click();
        browser.await(d -> Files.isRegularFile(saved) && sizeOf(saved) > 4);
        assertThat(new String(Files.readAllBytes(saved), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }

    @Test
    void resumeAnUnfinishedInterviewThenDeleteMyData() {
        String user = "web-" + UUID.randomUUID();
        long id = Api.createInterview(user, java.util.Map.of("categories", List.of("ml_fundamentals"),
                "questionsPerCategory", 2, "followUps", 0)).statusCode(201).extract().jsonPath().getLong("id");
        signIn(user);
        browser.clickable(By.linkText("Continue interview " + id)).click();
        browser.awaitRoute("/interviews/" + id);
        String first = text(By.id("question-text"));
        browser.driver().findElement(By.id("answer")).sendKeys(Api.GOOD);
        browser.clickable(By.id("submit-answer")).click();
        browser.clickable(By.id("continue"));

        // a reload (or coming back later) continues at the next question
        browser.driver().navigate().refresh();
        browser.awaitRoute("/interviews/" + id);
        assertThat(text(By.id("question-text"))).isNotEqualTo(first);
        assertThat(text(By.id("progress-label"))).isEqualTo("1 of 2 main questions answered");

        browser.clickable(By.cssSelector("a[data-route='account']")).click();
        browser.awaitRoute("/account");
        assertThat(text(By.id("subject"))).isEqualTo(user);
        browser.clickable(By.id("delete-my-data")).click();
        browser.visible(By.id("dialog-confirm"));
        browser.step("12-delete-my-data");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE); // cancel keeps everything
        browser.await(d -> d.findElements(By.tagName("dialog")).isEmpty());
        Api.as(user).when().get("/api/v1/interviews").then().body("total", org.hamcrest.Matchers.equalTo(1));

        browser.clickable(By.id("delete-my-data")).click();
        browser.clickable(By.id("dialog-confirm")).click();
        browser.visible(By.id("token"));
        assertThat(text(By.id("status"))).isEqualTo("Your data was deleted and you are signed out.");
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
        Api.as(user).when().get("/api/v1/interviews").then().body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void recordASpokenAnswerAndReadTheQuestionAloud() {
        String user = "web-" + UUID.randomUUID();
        long id = Api.createInterview(user, java.util.Map.of("categories", List.of("ml_fundamentals"),
                "questionsPerCategory", 1, "followUps", 0)).statusCode(201).extract().jsonPath().getLong("id");
        signIn(user);
        browser.open(base + "#/interviews/" + id, "/interviews/" + id);
        WebElement read = browser.visible(By.id("read-aloud"));
        assertThat(read.getAccessibleName()).startsWith("Read aloud");

        // Chromium's fake microphone plays a beep: record ~2 s, stop, and the upload answers with measurements
        // (or, should the beep count as no speech, a readable 422 message): either way the round trip happened
        WebElement record = browser.clickable(By.id("record"));
        assertThat(record.getAccessibleName()).isEqualTo("Record answer");
        record.click();
        browser.await(d -> "true".equals(d.findElement(By.id("record")).getDomAttribute("aria-pressed")));
        assertThat(browser.visible(By.id("level")).getTagName()).isEqualTo("meter");
        browser.step("13-recording");
        browser.await(d -> ((Number) d.executeScript("return document.getElementById('level').value")).doubleValue() > 0);
        browser.await(d -> d.findElement(By.id("recording-time")).getText().compareTo("0:02") >= 0);
        browser.clickable(By.id("record")).click();
        String outcome = browser.await(d -> {
            String measured = d.findElement(By.id("delivery")).getText();
            if (measured.startsWith("Recording")) {
                return measured;
            }
            List<WebElement> alerts = d.findElements(By.cssSelector("#alerts .alert[data-status='422']"));
            return alerts.isEmpty() ? null : alerts.get(0).getText();
        });
        assertThat(outcome).doesNotContain("{");
        browser.step("14-recorded");
        if (outcome.startsWith("Recording")) {
            assertThat(outcome).matches("Recording \\d+\\.\\d s, speaking \\d+\\.\\d s, \\d+ pauses?.*");
            // the answer (typed here: no transcription model in tests) is submitted with the recording's id
            browser.driver().findElement(By.id("answer")).sendKeys(Api.GOOD);
            browser.clickable(By.id("submit-answer")).click();
            browser.clickable(By.cssSelector("#continue, #complete"));
        }
    }

    @Test
    void apiErrorsAreReadableMessages() {
        String user = "web-" + UUID.randomUUID();
        browser.visible(By.id("token")).sendKeys("not-a-token");
        browser.clickable(By.id("token-sign-in")).click();
        WebElement alert = browser.visible(By.cssSelector("#alerts .alert"));
        assertThat(alert.getText()).startsWith("Authentication required").doesNotContain("{");

        signIn(user);
        browser.open(base + "#/resumes/987654321", "/resumes/987654321");
        alert = browser.visible(By.cssSelector("#alerts .alert"));
        assertThat(alert.getDomAttribute("data-status")).isEqualTo("404");
        assertThat(alert.getText()).startsWith("Resource not found").doesNotContain("\"status\"");
        browser.step("11-not-found");

        // a 429 says when to retry; offline the service never limits, so the page's fetch answers one itself
        browser.open(base + "#/interviews/new", "/interviews/new");
        browser.script("""
                const real = window.fetch;
                window.fetch = (url, init) => String(url).endsWith('/api/v1/interviews') && init?.method === 'POST'
                  ? Promise.resolve(new Response(JSON.stringify({ type: 'https://mockinterview.org/problems/rate-limited',
                      title: 'Too many requests', status: 429, detail: 'Model-backed requests are limited per minute' }),
                      { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '75' } }))
                  : real(url, init);
                """);
        browser.clickable(By.id("start-interview")).click();
        alert = browser.visible(By.cssSelector("#alerts .alert"));
        assertThat(alert.getText()).startsWith("Too many requests")
                .contains("Model-backed requests are limited per minute")
                .contains("You can try again in 1 minute 15 seconds.");
    }

    @Test
    void signInAndNavigateWithTheKeyboardAlone() {
        browser.open(base + "#/account", "/account");
        browser.driver().navigate().refresh();
        browser.awaitRoute("/account");
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB); // the skip link comes first
        assertThat(active().getText()).isEqualTo("Skip to content");
        String token = TestTokens.token("web-keyboard-" + UUID.randomUUID());
        tabUntil("token").sendKeys(token);
        tabUntil("token-sign-in").sendKeys(Keys.ENTER);
        browser.await(d -> "Your practice".equals(d.findElement(By.tagName("h1")).getText()));
        // the page heading has focus after navigation, so the next tab stops are the page's own
        tabUntil("start-interview-link").sendKeys(Keys.ENTER);
        browser.awaitRoute("/interviews/new");
        assertThat(active().getTagName()).isEqualTo("h1");
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(1L);
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element with this id has focus (at most 30 times). */
    private WebElement tabUntil(String id) {
        for (int i = 0; i < 30; i++) {
            WebElement focused = active();
            if (id.equals(focused.getDomAttribute("id"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + active().getTagName());
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static byte[] resumePdf() {
        return ResumePdfBuilder.sample();
    }
}
