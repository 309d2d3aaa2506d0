package org.openhearings.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhearings.testing.Browser;
import org.openhearings.testing.LocalServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page as a phone shows it (390 × 844 CSS pixels, touch, device scale 3): nothing scrolls sideways,
 * and each page's full height is saved as target/screenshots/phone-{name}.png.
 */
class PhoneLayoutTest {
    private static final int WIDTH = 390;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        base = LocalServer.url();
        emulate(844);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void emulate(int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 3, "mobile", true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "search, /",
            "search-filtered, /?force=METROPOLITAN&generated=true",
            "hearing, /hearings/h-3b73d1c153734c18",
            "about, /about",
            "dashboard, /dashboard",
            "dashboard-filtered, /dashboard?force=KENT&from=2020",
            "not-found, /no-such-page"})
    void nothingScrollsSideways(String name, String path) {
        emulate(844);
        browser.get(base + path);
        if (path.startsWith("/dashboard")) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector(".chart[data-drawn=true], .chart.chart-empty")).size()
                            == d.findElements(By.cssSelector(".chart")).size());
        }
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        List<String> wide = wideElements();
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        emulate((int) Math.min(8000, Math.max(844, height)));
        Browser.screenshot(browser, "phone-" + name);
        // A phone widens its layout viewport to fit content that overflows, so both must stay at the screen's width.
        assertEquals(WIDTH, viewport, path + " widened the viewport; too wide: " + wide);
        assertTrue(content <= WIDTH, path + " is " + content + " px wide on a " + WIDTH + " px screen; too wide: " + wide);
    }

    /** The innermost elements that reach past the right edge, to say what overflows. */
    @SuppressWarnings("unchecked")
    private static List<String> wideElements() {
        return (List<String>) browser.executeScript("""
                const out = [];
                document.querySelectorAll('body *').forEach(e => {
                  const r = e.getBoundingClientRect();
                  if (r.right > 391 && ![...e.children].some(c => c.getBoundingClientRect().right > 391)) {
                    if (!e.closest('.table-scroll')) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
                  }
                });
                return out.slice(0, 10);""");
    }

}
