package org.rectification.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.DemoTest;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start page, Tasklist with the app's tabs, Cockpit's 整改看板 with its ECharts charts, Admin and the welcome
 * page work under the Content-Security-Policy the app sends (its own strict one on the start page, Camunda's on
 * the webapps), and nothing is refused: every policy violation is caught by a listener installed in each page
 * before its scripts run, and the browser's console is read for "Refused to" messages. Screenshots are saved
 * under target/screenshots/.
 */
@DemoTest
@ExtendWith(BrowserAvailable.class)
class SecurityHeadersBrowserTest {

	/** Kept in localStorage, so it outlives navigations. */
	private static final String WATCH = """
			document.addEventListener('securitypolicyviolation', e => {
			  const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
			  seen.push(location.pathname + location.hash + ': ' + e.effectiveDirective + ' refused ' + e.blockedURI
			    + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
			  localStorage.setItem('csp-violations', JSON.stringify(seen));
			});""";

	@LocalServerPort
	int port;

	private TasklistPage page;

	@AfterEach
	void stopBrowser() {
		if (page != null) {
			page.close();
		}
	}

	@Test
	void theStartPageAndTheWebappsWorkAndNothingIsRefused() {
		page = TasklistPage.open(port);
		ChromeDriver driver = page.driver();
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
		try {
			startPageRefusesInlineScriptAndShowsTheDemoLogins(driver);
			tasklist(driver);
			cockpitDashboard(driver);
			admin(driver);
			welcome(driver);
			assertThat(violations(driver)).isEmpty();
			assertThat(refusals(driver)).isEmpty();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("csp-failure");
			page.pageSource("csp-failure");
			throw e;
		}
	}

	/** The start page's script runs (it lists the demo logins) and the watch sees an inline script refused. */
	private void startPageRefusesInlineScriptAndShowsTheDemoLogins(ChromeDriver driver) {
		driver.get(base() + "/");
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#demo-logins tr")));
		assertThat(driver.findElement(By.id("demo-password")).getText()).isEqualTo("demo");
		page.screenshot("csp-start-page");

		// The policy and both ways of noticing it are at work: an injected inline script is refused.
		driver.executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
				+ " document.body.appendChild(s);");
		page.waiting().until(d -> !violations(driver).isEmpty());
		assertThat(driver.executeScript("return window.injected === undefined")).isEqualTo(true);
		assertThat(violations(driver)).singleElement().asString().contains("script-src");
		// Older Chromium says "Refused to execute inline script because it violates ...", newer "Executing inline
		// script violates ...".
		assertThat(refusals(driver)).singleElement().asString().contains("inline script", "Content Security Policy");
		driver.executeScript("localStorage.removeItem('csp-violations')");
	}

	/** Tasklist: office1's review tasks, one opened with its form and the app's tabs. */
	private void tasklist(ChromeDriver driver) {
		page.login("office1");
		page.openFilter("待审核");
		page.waiting().until(d -> !page.listedTasks().isEmpty());
		page.openTask(page.listedTasks().get(0));
		page.openFormTab();
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card .fjs-form")));
		page.openTab("佐证材料");
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-file, .re-empty")));
		page.screenshot("csp-tasklist");
	}

	/** Cockpit's 整改看板 (the plugin's route), whose charts ECharts draws into canvases. */
	private void cockpitDashboard(ChromeDriver driver) {
		logIn("cockpit", "leader1");
		driver.get(base() + "/camunda/app/cockpit/default/#/rectification-dashboard");
		WebDriverWait wait = page.waiting();
		// The demo's main round, which has figures in every chart (other rounds may be newer).
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rd-round option")));
		new Select(driver.findElement(By.id("rd-round"))).selectByVisibleText("区委第一巡察组常规巡察反馈问题整改（整改中）");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rd-headline"), "4个方面、15项、40条问题"));
		wait.until(d -> d.findElements(By.cssSelector("#rd-chart-states canvas")).size() == 1
				&& d.findElements(By.cssSelector("#rd-chart-aspects canvas")).size() == 1);
		WebElement canvas = driver.findElement(By.cssSelector("#rd-chart-states canvas"));
		assertThat(canvas.getSize().getWidth()).isPositive();
		// Drawn, not just placed: some pixel of the chart is not blank (once its entry animation has begun).
		wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
				const c = arguments[0];
				const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
				for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) return true; }
				return false;""", canvas)));
		page.screenshot("csp-cockpit-dashboard");
	}

	private void admin(ChromeDriver driver) {
		logIn("admin", "admin");
		driver.get(base() + "/camunda/app/admin/default/#/users");
		page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[ng-view] table tbody"),
				"office1"));
		assertThat(driver.findElements(By.cssSelector("[ng-view] table tbody tr")).size()).isGreaterThan(1);
		page.screenshot("csp-admin-users");
	}

	private void welcome(ChromeDriver driver) {
		driver.get(base() + "/camunda/app/welcome/default/");
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[ng-view] h3")));
		page.screenshot("csp-welcome");
	}

	/** Logs out whoever is logged in and logs into the webapp. */
	private void logIn(String app, String user) {
		ChromeDriver driver = page.driver();
		driver.manage().deleteAllCookies();
		driver.get(base() + "/camunda/app/" + app + "/default/");
		page.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")))
			.sendKeys(user);
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		page.waiting()
			.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
	}

	private static List<String> violations(ChromeDriver driver) {
		@SuppressWarnings("unchecked")
		List<String> seen = (List<String>) driver
			.executeScript("return JSON.parse(localStorage.getItem('csp-violations') || '[]')");
		return seen;
	}

	/** The console's messages since the last call that tell of something refused by a policy (in any wording). */
	private static List<String> refusals(ChromeDriver driver) {
		List<String> refused = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getMessage().contains("Refused to") || entry.getMessage().contains("Content Security Policy")) {
				refused.add(entry.getMessage());
			}
		}
		return refused;
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
