package org.mockinterview.platform.web;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mockinterview.support.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;

/** What the browser tests share: one headless Chromium per class, a signed-out start, sign-in and re-read text. */
abstract class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    static WebBrowser browser;

    @BeforeAll
    static void startBrowser() {
        browser = WebBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Each test starts signed out on a freshly loaded page (the browser is shared by the tests). */
    @BeforeEach
    void signedOut() {
        browser.driver().get(base.toString());
        browser.script("sessionStorage.clear()");
        browser.driver().navigate().refresh();
        browser.awaitRoute("/");
    }

    void signIn(String user) {
        WebElement token = browser.visible(By.id("token"));
        token.clear();
        token.sendKeys(TestTokens.token(user));
        browser.clickable(By.id("token-sign-in")).click();
        browser.awaitRoute("/");
        browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("Your practice"));
    }

    /** The visible text of an element, read again if the app re-rendered it meanwhile. */
    String text(By by) {
        return browser.await(d -> {
            WebElement e = d.findElement(by);
            return e.isDisplayed() ? e.getText() : null;
        });
    }
}
