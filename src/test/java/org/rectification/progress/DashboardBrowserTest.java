package org.rectification.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.DemoTest;
import org.rectification.support.Http;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The leader's view in Cockpit, on the demo round as a new user finds it: leader1 logs into Cockpit, opens 整改看板
 * from the header, sees the statistics, the charts and the red and yellow items, downloads both versions of the
 * report through the same session and finds the dashboard's sentence in each, then follows a red item into its
 * process instance. Screenshots are saved under target/screenshots/.
 */
@DemoTest
@ExtendWith(BrowserAvailable.class)
class DashboardBrowserTest {

	@LocalServerPort
	int port;

	private TasklistPage page;

	@BeforeEach
	void startBrowser() {
		page = TasklistPage.open(port);
	}

	@AfterEach
	void stopBrowser() {
		if (page != null) {
			page.close();
		}
	}

	@Test
	void leaderOpensTheDashboardDownloadsBothReportsAndFollowsARedItemIntoItsProcessInstance() throws Exception {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("dashboard-failure");
			page.pageSource("dashboard-failure");
			throw e;
		}
	}

	private void walk() throws Exception {
		ChromeDriver driver = page.driver();
		WebDriverWait wait = page.waiting();
		driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys("leader1");
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
		driver.findElement(By.cssSelector("button[type='submit']")).click();

		// The header entry, next to Processes; then the demo round (other tests may have added newer ones).
		wait.until(ExpectedConditions.elementToBeClickable(By.id("rd-nav"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rd-round option")));
		new Select(driver.findElement(By.id("rd-round"))).selectByVisibleText("区委第一巡察组常规巡察反馈问题整改（整改中）");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rd-headline"), "4个方面、15项、40条问题"));
		WebElement headline = driver.findElement(By.id("rd-headline"));
		String sentence = headline.getText().replaceFirst("^内部版：", "").strip();
		assertThat(sentence).startsWith("针对区委第一巡察组反馈意见的4个方面、15项、40条问题，制定整改措施61条；")
			.contains("问责7人（批评教育2人、诫勉谈话4人、党纪处分1人）", "退缴、追回资金9590元");
		String publicSentence = driver.findElement(By.id("rd-headline-public")).getText().replaceFirst("^公开版：", "").strip();
		assertThat(publicSentence).contains("14项、37条问题", "退缴、追回资金4590元").doesNotContain("诫勉谈话", "党纪处分");

		// Both charts drew (ECharts renders into a canvas), and the red and yellow items are listed.
		wait.until(d -> d.findElements(By.cssSelector("#rd-chart-states canvas")).size() == 1
				&& d.findElements(By.cssSelector("#rd-chart-aspects canvas")).size() == 1);
		List<String> levels = driver.findElements(By.cssSelector(".rd table td span.red, .rd table td span.yellow"))
			.stream()
			.map(e -> e.getDomProperty("textContent"))
			.toList();
		assertThat(levels).contains("红灯", "黄灯");
		// Cockpit scrolls its content in a container: below its fold, text is read from the DOM.
		// How many are red and yellow depends on the day the demo was played; the ledger says how many there are.
		String roundId = new Select(driver.findElement(By.id("rd-round"))).getFirstSelectedOption().getDomAttribute("value");
		JsonNode warnings = Http.basic(port, "leader1").get("/api/dashboard/rounds/" + roundId + "?scope=internal").json()
			.get("warnings");
		assertThat(warnings.get("red").asLong()).isPositive();
		assertThat(driver.findElement(By.cssSelector(".rd")).getDomProperty("textContent")).contains(
				"红黄灯事项（红灯 " + warnings.get("red").asLong() + " 项，黄灯 " + warnings.get("yellow").asLong() + " 项）",
				"教师资格管理不严格", "已整改，长期坚持", "私立明德中学", "已逾期 ", "张伟", "李娜");
		// Reopened items have their own card and column, even when there are none.
		assertThat(driver.findElements(By.cssSelector(".rd-card")).stream().map(e -> e.getDomProperty("textContent")).toList())
			.contains("1反弹·重新整改");
		assertThat(driver.findElements(By.cssSelector(".rd th")).stream().map(e -> e.getDomProperty("textContent")).toList())
			.contains("反弹·重新整改");
		Thread.sleep(500); // let the charts' entry animation finish for the screenshot
		page.screenshot("dashboard-leader1");

		// Both reports through the browser's session, with the dashboard's sentence in each.
		assertThat(reportText(driver, "rd-report-internal")).contains(sentence, "违反中央八项规定精神问题仍有发生");
		assertThat(reportText(driver, "rd-report-public")).contains(publicSentence)
			.doesNotContain("违反中央八项规定精神问题仍有发生", "礼品礼金");

		// A red item leads to its process instance in Cockpit.
		WebElement red = driver.findElement(By.xpath(
				"//div[contains(@class,'rd')]//tr[td/span[@class='red']]//a[contains(@class,'rd-instance')]"));
		String href = red.getAttribute("href");
		page.scrollTo(red).click();
		String instanceId = href.replaceAll(".*#/process-instance/([^/]+)/runtime$", "$1");
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/process-instance/" + instanceId));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), instanceId));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container")));
		page.screenshot("dashboard-red-item-instance");

		// The administrator may open Cockpit but gets no figures, only who may see them.
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys("admin");
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("rd-nav"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".rd-error"),
				"整改看板和整改进展情况通报只有领导小组、局领导和整改办可以查看"));
		assertThat(driver.findElements(By.id("rd-headline"))).isEmpty();
	}

	/** Fetches the link's report in the page (the webapp session, no other credentials) and reads its text. */
	private static String reportText(ChromeDriver driver, String linkId) throws Exception {
		String href = driver.findElement(By.id(linkId)).getAttribute("href");
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then(r => r.arrayBuffer().then(b => {
				  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
				  done({ status: r.status, type: r.headers.get('content-type'), body: btoa(s) });
				}));""", href);
		assertThat(result.get("status")).isEqualTo(200L);
		assertThat((String) result.get("type")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
		byte[] docx = Base64.getDecoder().decode((String) result.get("body"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

}
