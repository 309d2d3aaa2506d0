package org.openhearings.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhearings.ingest.IngestService;
import org.openhearings.ingest.IngestService.RawFile;
import org.openhearings.local.LambdaHttpServer;
import org.openhearings.local.SampleData;
import org.openhearings.query.ReferenceData;
import org.openhearings.testing.Browser;
import org.openhearings.testing.LocalServer;
import org.openhearings.testing.NameSearch;
import org.openhearings.testing.TestStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages in real headless Chromium against the local server and DynamoDB Local, as a person uses them. */
class PagesBrowserTest {
    private static final String SEED_ID = "h-3b73d1c153734c18";
    private static final String SEED_TITLE = "Eight officers found to have sent highly offensive WhatsApp messages";
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        base = LocalServer.url();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static List<WebElement> resultRows() {
        return browser.findElements(By.cssSelector("table.results tbody tr"));
    }

    @Test
    void aPersonFiltersTheListAndFollowsALinkToTheSeedHearing() {
        browser.get(base + "/");
        assertEquals("Police misconduct hearing outcomes", browser.findElement(By.tagName("h1")).getText());
        assertEquals(20, resultRows().size());
        assertTrue(browser.findElement(By.id("result-count")).getText().startsWith("301 hearings match"),
                browser.findElement(By.id("result-count")).getText());
        Browser.fitWindowToPage(browser);
        Browser.screenshot(browser, "search");

        new Select(browser.findElement(By.id("force"))).selectByVisibleText("Metropolitan Police Service");
        new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("Would have been dismissed had they still been serving");
        new Select(browser.findElement(By.id("barredList"))).selectByVisibleText("Yes");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("force="));

        assertEquals(base + "/?force=METROPOLITAN&outcome=WOULD_HAVE_BEEN_DISMISSED&barredList=true", browser.getCurrentUrl(),
                "the filters, and only those set, live in a shareable URL");
        assertEquals("Metropolitan Police Service",
                new Select(browser.findElement(By.id("force"))).getFirstSelectedOption().getText(), "the form keeps its state");
        assertFalse(resultRows().isEmpty());
        for (WebElement row : resultRows()) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("Metropolitan Police Service", cells.get(1).getText());
            assertTrue(cells.get(4).getText().contains("Would have been dismissed had they still been serving"));
        }
        Browser.fitWindowToPage(browser);
        Browser.screenshot(browser, "search-filtered");

        browser.findElement(By.linkText(SEED_TITLE)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/hearings/"));

        assertEquals(base + "/hearings/" + SEED_ID, browser.getCurrentUrl());
        assertEquals(SEED_TITLE, browser.findElement(By.tagName("h1")).getText());
        List<WebElement> officers = browser.findElements(By.cssSelector("table.officers tbody tr"));
        assertEquals(8, officers.size());
        assertTrue(officers.get(7).getText().contains("Officer H"));
        assertTrue(officers.get(7).getText().contains("Duties and Responsibilities"));
        assertTrue(officers.get(0).getText().contains("Dismissed without notice"));
        String text = visibleText();
        // June 2018 to March 2021, March to April 2021 (month dates from the 1st); the source states no hearing
        // date, so no duration ends at the hearing.
        assertEquals("End of the conduct to investigation\n1,004 days\nInvestigation to notices\n31 days",
                browser.findElement(By.id("durations")).getText());
        for (String fact : List.of("May 2016 to June 2018", "March 2021", "April 2021", "Not stated in the source",
                "more than 6,000", "5 resigned", "Safer Neighbourhood Team", "Emergency Services News")) {
            assertTrue(text.contains(fact), fact);
        }
        List<String> names = NameSearch.namesIn(new String(SampleData.seedCase().content(), StandardCharsets.UTF_8),
                TestStack.loadedApp().getBean(JsonMapper.class));
        assertEquals(List.of(), NameSearch.tokensFound(names, browser.getPageSource()));
        Browser.fitWindowToPage(browser);
        Browser.screenshot(browser, "hearing");
    }

    @Test
    void aPersonSearchesWordsWithACategoryInAnotherOrderAndCanFollowIt() throws IOException {
        browser.get(base + "/");
        browser.findElement(By.id("q")).sendKeys("WhatsApp \"offensive messages\"");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Discriminatory messages or behaviour");
        new Select(browser.findElement(By.id("sort"))).selectByVisibleText("Oldest first");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("q="));

        assertEquals(base + "/?q=WhatsApp+%22offensive+messages%22&category=DISCRIMINATION&sort=hearingDate", browser.getCurrentUrl());
        assertEquals("WhatsApp \"offensive messages\"", browser.findElement(By.id("q")).getAttribute("value"), "the box keeps the words");
        assertEquals(List.of(SEED_TITLE), resultRows().stream().map(r -> r.findElement(By.cssSelector("td.title a")).getText()).toList());
        String feed = browser.findElement(By.id("follow")).getAttribute("href");
        var response = new org.openhearings.testing.HttpTestClient(base).get(feed.substring(base.length()));
        assertEquals(200, response.statusCode(), feed);
        assertTrue(response.body().contains(SEED_TITLE), "the feed follows the same search");
    }

    @Test
    void theNextPageLinkShowsTheFollowingHearings() {
        browser.get(base + "/");
        String firstOnPageOne = resultRows().get(0).getText();
        browser.findElement(By.linkText("Next page")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("cursor="));
        assertEquals(20, resultRows().size());
        assertNotEquals(firstOnPageOne, resultRows().get(0).getText());
    }

    @Test
    void theAboutPageDefinesEveryVocabularyValueFromTheReferenceData() {
        browser.get(base + "/about");
        String text = visibleText();
        ReferenceData.CURRENT.standards().forEach(t -> assertTrue(text.contains(t.label()), t.label()));
        ReferenceData.CURRENT.outcomes().forEach(t -> assertTrue(text.contains(t.label()), t.label()));
        ReferenceData.CURRENT.ranks().forEach(t -> assertTrue(text.contains(t.label()), t.label()));
        ReferenceData.CURRENT.forces().forEach(t -> assertTrue(text.contains(t.label()), t.label()));
        ReferenceData.CURRENT.forces().stream().filter(t -> t.onsCode() != null).forEach(t -> assertTrue(text.contains(t.onsCode()), t.onsCode()));
        ReferenceData.CURRENT.conductCategories().forEach(t -> assertTrue(text.contains(t.label()), t.label()));
        assertTrue(text.contains("Licence and how to cite"));
        Browser.fitWindowToPage(browser);
        Browser.screenshot(browser, "about");
    }

    @Test
    void theApiDocsPageRendersTheOpenApiDocumentWithoutACdn() {
        browser.get(base + "/api");
        assertTrue(browser.findElements(By.cssSelector("script[src*=swagger]")).isEmpty(), "Swagger UI waits until asked for");
        browser.findElement(By.id("show-reference")).click();
        WebElement title = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("#swagger-ui .info .title")));
        assertTrue(title.getText().startsWith("OpenHearings API"), title.getText());
        assertTrue(visibleText().contains("/api/v1/hearings/{id}"));
        List<String> external = browser.findElements(By.cssSelector("script[src], link[href]")).stream()
                .map(e -> e.getAttribute("src") != null ? e.getAttribute("src") : e.getAttribute("href"))
                .filter(url -> !url.startsWith(base)).toList();
        assertEquals(List.of(), external, "everything from our own server");
        Browser.fitWindowToPage(browser);
        Browser.screenshot(browser, "api-docs");
    }

    @Test
    void theDashboardDrawsEveryChartFromTheSameFiguresAsTheApi() throws IOException {
        browser.get(base + "/dashboard");
        awaitCharts();
        assertEquals(7, browser.findElements(By.cssSelector(".chart canvas")).size());
        for (WebElement chart : browser.findElements(By.cssSelector(".chart"))) {
            assertTrue(Integer.parseInt(chart.getAttribute("data-points")) > 0, chart.getAttribute("id") + " drew no data point");
        }
        assertDashboardShows("");
        assertTrue(visibleText().contains("Exact counts of the published records"));
        assertTrue(browser.findElement(By.id("sample-warning")).getText().contains("generated sample records, not real cases"));
        Browser.fitWindowToPage(browser);
        Browser.screenshot(browser, "dashboard");

        new Select(browser.findElement(By.id("force"))).selectByVisibleText("Metropolitan Police Service");
        browser.findElement(By.id("from")).sendKeys("2018");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("force="));
        awaitCharts();
        assertEquals(base + "/dashboard?force=METROPOLITAN&from=2018&to=&generated=", browser.getCurrentUrl());
        String csv = browser.findElement(By.cssSelector("#outcomes-heading ~ .downloads a")).getAttribute("href");
        assertTrue(csv.endsWith("/api/v1/stats/officers/outcome?format=csv&force=METROPOLITAN&from=2018"), csv);
        WebElement list = browser.findElements(By.cssSelector("#outcomes-table tbody a")).get(0);
        assertTrue(list.getAttribute("href").contains("force=METROPOLITAN"), list.getAttribute("href"));
        assertDashboardShows("force=METROPOLITAN&from=2018");

        browser.get(base + "/dashboard?force=METROPOLITAN&from=2018&to=2030&generated=false");
        awaitCharts();
        assertDashboardShows("force=METROPOLITAN&from=2018&to=2030&generated=false");
        assertTrue(browser.findElements(By.id("sample-warning")).isEmpty(), "no sample records, no warning");
    }

    private void awaitCharts() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".chart[data-drawn=true], .chart.chart-empty")).size()
                        == d.findElements(By.cssSelector(".chart")).size());
    }

    /** Every figure on the page equals the API's for the same filters (the API is checked against the records in StatsApiTest). */
    private void assertDashboardShows(String query) throws IOException {
        JsonMapper json = TestStack.loadedApp().getBean(JsonMapper.class);
        var client = org.openhearings.testing.LocalServer.client();
        var overview = json.readValue(client.get("/api/v1/stats" + (query.isEmpty() ? "" : "?" + query)).body(),
                org.openhearings.query.StatsOverview.class);
        String covered = browser.findElement(By.id("covered")).getText();
        assertTrue(covered.contains(String.format("%,d published hearings and %,d officers", overview.hearings(), overview.officers())), covered);
        if (overview.hearings() == 0) {
            assertTrue(browser.findElement(By.id("no-match")).getText().contains("No published hearing matches these filters"));
            assertTrue(browser.findElements(By.cssSelector(".chart")).isEmpty(), "no empty axes");
            return;
        }
        if (overview.afterLeaving().share() != null) {
            assertTrue(browser.findElement(By.id("after-leaving")).getText().contains(String.format("%,d of %,d",
                    overview.afterLeaving().wouldHaveBeenDismissed(), overview.afterLeaving().dismissals())));
        }
        for (String[] chart : new String[][]{{"outcomes", "officers/outcome"}, {"standards", "officers/standard"},
                {"ranks", "officers/rank"}, {"forces", "hearings/force"}, {"hearings-by-year", "hearings/year"}}) {
            var api = json.readValue(client.get("/api/v1/stats/" + chart[1] + (query.isEmpty() ? "" : "?" + query)).body(),
                    org.openhearings.query.StatsTable.class);
            List<WebElement> rows = browser.findElements(By.cssSelector("#" + chart[0] + "-table tbody tr"));
            assertEquals(api.rows().size(), rows.size(), chart[0]);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(String.format("%,d", api.rows().get(i).total()), rows.get(i).findElements(By.tagName("td")).get(0).getText(),
                        chart[0] + " " + api.rows().get(i).value());
            }
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstWithAVisibleFocus() {
        browser.get(base + "/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        assertNotEquals("none", focused.getCssValue("outline-style"));
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#main"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?force=KENT&rank=SERGEANT", "/hearings/" + SEED_ID, "/about", "/hearings/h-none",
            "/?from=2020-13-45", "/dashboard", "/dashboard?force=KENT&from=2019", "/dashboard?from=abc"})
    void axeFindsNoSeriousOrCriticalViolation(String path) {
        browser.get(base + path);
        Results results = new AxeBuilder().analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(PagesBrowserTest::describe).toList();
        assertEquals(List.of(), serious, path);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().size() + " element(s)";
    }

    @Test
    void markupInARecordIsShownAsTextAndNeverRuns() throws IOException {
        // Ingest takes tags out of raw text; markup written as entities is published as the characters it spells.
        String hostile = "&lt;script&gt;window.injected = 1&lt;/script&gt;";
        String raw = new String(SampleData.seedCase().content(), StandardCharsets.UTF_8)
                .replace("WhatsApp messages\",", "WhatsApp messages " + hostile + "\",")
                .replace("attitudes from the force.\"", "attitudes from the force. " + hostile + "\"")
                .replace("https://emergency-services.news/", "https://example.org/hostile/");
        try (ApplicationContext app = TestStack.emptyApp()) {
            assertEquals(1, app.getBean(IngestService.class)
                    .ingest(List.of(new RawFile("hostile.json", raw.getBytes(StandardCharsets.UTF_8)))).created());
            try (LambdaHttpServer server = LambdaHttpServer.start(app, 0)) {
                browser.get(server.uri() + "/");
                browser.findElement(By.partialLinkText("Eight officers")).click();
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                        .until(d -> d.getCurrentUrl().contains("/hearings/"));
                assertNull(browser.executeScript("return window.injected"), "no injected script ran");
                assertTrue(browser.findElement(By.tagName("h1")).getText().endsWith("<script>window.injected = 1</script>"));
                assertTrue(browser.findElement(By.cssSelector("p.summary")).getText().endsWith("<script>window.injected = 1</script>"));
                assertTrue(browser.findElements(By.cssSelector("main img")).isEmpty());
                Browser.screenshot(browser, "hearing-with-markup-in-data");
            }
        }
        assertTrue(Files.exists(Browser.SCREENSHOTS.resolve("hearing-with-markup-in-data.png")));
    }
}
