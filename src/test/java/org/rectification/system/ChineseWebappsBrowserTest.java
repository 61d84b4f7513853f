package org.rectification.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.DemoTest;
import org.rectification.support.HeadlessChromium;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin as the bureau's browsers (zh-CN) show them: the login page, the header and a main
 * page of each are Chinese, and so is the Community Edition banner if shown. A browser asking for French gets
 * Chinese too, one asking for English gets English. Screenshots are saved under target/screenshots/.
 */
@DemoTest
@ExtendWith(BrowserAvailable.class)
class ChineseWebappsBrowserTest {

	/**
	 * English a Chinese page may show: product names, the footer's Camunda Platform and time zone, and data
	 * rather than labels: the processes' keys (kebab-case ids), users' email addresses and the engine's name
	 * (the header offers a choice of engines when the JVM runs several, as the whole test suite's does).
	 */
	private static final Pattern KEPT = Pattern.compile("\\b(Camunda|Cockpit|Tasklist|Admin|Platform)\\b|"
			+ HeadlessChromium.TIME_ZONE + "|\\b[a-z]+(-[a-z]+)+\\b|\\S+@\\S+|\\b" + ProcessEngines.NAME_DEFAULT + "\\b");

	/** A word of English prose: three or more letters, one of them lower case (not BPMN, not leader1). */
	private static final Pattern PROSE = Pattern.compile("\\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\\b");

	/** Camunda's header: the banner, the app's name, its navigation and the user's menu. */
	private static final String HEADER = "[cam-widget-header]";

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
	void aChineseBrowserSeesTasklistCockpitAndAdminInChinese() {
		page = TasklistPage.open(port);
		try {
			assertThat(page.driver().executeScript("return navigator.languages[0]")).isEqualTo("zh-CN");

			logIn("tasklist", "syzx1", "i18n-tasklist-login");
			WebDriverWait wait = page.waiting();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
			assertThat(text(".start-process-action a")).isEqualTo("启动流程");
			assertThat(text(".no-task")).isEqualTo("请在列表中选择一个任务。");
			page.openFilter("本单位待办");
			wait.until(d -> !page.listedTasks().isEmpty());
			page.openTask(page.listedTasks().get(0));
			page.openFormTab();
			assertThat(text(".task-card ul.nav-tabs")).contains("表单", "历史", "流程图", "描述");
			assertThat(text(".form-actions button[ng-click='complete()']")).isEqualTo("完成");
			assertChinese(HEADER, "tasklist");
			assertChinese(".task-card", "tasklist");
			assertBannerChineseOrAbsent("tasklist");
			page.screenshot("i18n-tasklist");

			// The welcome page, where the header's home menu leads, in the same session.
			page.driver().get(url("welcome"));
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[ng-view] h3")));
			assertChinese(HEADER, "welcome");
			assertChinese("[ng-view]", "welcome");
			page.screenshot("i18n-welcome");

			logIn("cockpit", "leader1", "i18n-cockpit-login");
			wait.until(ExpectedConditions.elementToBeClickable(By.id("rd-nav")));
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard")));
			assertThat(text(HEADER)).contains("流程", "整改看板");
			assertChinese(HEADER, "cockpit");
			assertChinese(".dashboard", "cockpit");
			assertBannerChineseOrAbsent("cockpit");
			page.screenshot("i18n-cockpit-dashboard");
			page.driver().get(url("cockpit") + "#/processes");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[ng-view] table tbody tr")));
			assertChinese("[ng-view]", "cockpit");
			page.screenshot("i18n-cockpit-processes");

			logIn("admin", "admin", "i18n-admin-login");
			page.driver().get(url("admin") + "#/users");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[ng-view] table tbody tr")));
			assertThat(text(HEADER)).contains("用户", "组", "授权");
			assertChinese(HEADER, "admin");
			// The list's labels; its rows are the users' ids, names and addresses.
			assertThat(text("[ng-view] header")).contains("用户列表", "添加用户");
			assertChinese("[ng-view] header", "admin");
			assertChinese("[ng-view] thead", "admin");
			assertBannerChineseOrAbsent("admin");
			page.screenshot("i18n-admin-users");
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("i18n-failure");
			page.pageSource("i18n-failure");
			throw e;
		}
	}

	@Test
	void aFrenchBrowserGetsChineseAndAnEnglishOneEnglish() {
		page = TasklistPage.open(port, "fr-FR,fr");
		try {
			assertThat(page.driver().executeScript("return navigator.languages[0]")).isEqualTo("fr-FR");
			for (String app : List.of("tasklist", "cockpit", "admin")) {
				openLoginPage(app);
				assertThat(loginButton().getText()).as(app).isEqualTo("登录");
				page.screenshot("i18n-" + app + "-login-fr");
			}
		}
		finally {
			page.close();
		}
		page = TasklistPage.open(port, "en-US,en");
		openLoginPage("tasklist");
		assertThat(loginButton().getText()).isEqualTo("Log in");
	}

	/** Logs out whoever is logged in, checks the app's login page is Chinese and logs in. */
	private void logIn(String app, String user, String screenshot) {
		ChromeDriver driver = page.driver();
		driver.manage().deleteAllCookies();
		openLoginPage(app);
		WebElement name = driver.findElement(By.cssSelector("input[ng-model='username']"));
		WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
		assertThat(name.getDomAttribute("placeholder")).as(app).isEqualTo("用户名");
		assertThat(password.getDomAttribute("placeholder")).as(app).isEqualTo("密码");
		assertThat(loginButton().getText()).as(app).isEqualTo("登录");
		assertChinese("body", app);
		page.screenshot(screenshot);
		name.sendKeys(user);
		password.sendKeys("demo");
		loginButton().click();
		page.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
	}

	private void openLoginPage(String app) {
		page.driver().get(url(app));
		// The button is labelled once the locale has loaded.
		page.waiting().until(d -> !loginButton().getText().isBlank());
	}

	private WebElement loginButton() {
		return page.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] button[type='submit']")));
	}

	private String url(String app) {
		return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
	}

	private String text(String css) {
		return page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText().strip();
	}

	/** What the part of the page shows has Chinese text and no English prose. */
	private void assertChinese(String css, String app) {
		String shown = text(css);
		assertThat(shown).as("%s %s", app, css).containsPattern("\\p{IsHan}");
		assertThat(englishWords(shown)).as("English words in %s %s: %s", app, css, shown).isEmpty();
	}

	/** Camunda's end-of-life banner of the Community Edition, if it is shown, is Chinese. */
	private void assertBannerChineseOrAbsent(String app) {
		for (WebElement banner : page.driver().findElements(By.cssSelector(".ce-eol-banner"))) {
			if (banner.isDisplayed()) {
				assertThat(banner.getText()).as("%s banner", app).containsPattern("\\p{IsHan}").contains("Camunda 8");
				assertThat(englishWords(banner.getText())).as("%s banner", app).isEmpty();
			}
		}
	}

	private static List<String> englishWords(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = PROSE.matcher(KEPT.matcher(text).replaceAll(" "));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

}
