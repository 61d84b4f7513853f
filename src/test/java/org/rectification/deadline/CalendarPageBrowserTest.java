package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.H2Test;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The office's 工作日历 page in Cockpit: 2027 is provisional (暂定), a broken schedule is refused with every
 * problem listed, a valid one makes the year official and moves the open items' dates. Also the start page's
 * line on which years are provisional. Screenshots on desktop and on a phone go to target/screenshots/.
 * <p>
 * The upload makes 2027 official in the database, so the class has its own database and its context is closed
 * afterwards: no other test class sees the uploaded year.
 */
@H2Test
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:calendar-page-browser;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(BrowserAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarPageBrowserTest {

	private static final String SCHOOL = "建设路小学";

	/** The same with a worked Wednesday and a misspelt key (form for from). */
	private static final String BROKEN_2027 = CalendarYearScenarios.SCHEDULE_2027
		.replace("{ name: 清明节, from: 2027-04-03", "{ name: 清明节, form: 2027-04-03")
		.replace("{ date: 2027-05-08, for: 劳动节 }", "{ date: 2027-05-12, for: 劳动节 }");

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
	@Order(1)
	void startPageTellsWhichYearsAreProvisionalAndLeadsToTheCalendar() {
		try {
			ChromeDriver driver = page.driver();
			driver.get("http://localhost:" + port + "/");
			WebElement line = page.waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-status")));
			assertThat(line.getText()).isEqualTo(
					"节假日安排：2018–2026 年按国务院办公厅公布的安排；2027 年起暂按法定节日计算（暂定），公布后由整改办在“工作日历”页上传。");
			WebElement door = driver.findElement(By.id("door-calendar"));
			assertThat(door.getDomAttribute("href")).isEqualTo("/camunda/app/cockpit/default/#/rectification-calendar");
			assertThat(door.getText()).contains("工作日历", "整改办");
			page.screenshot("calendar-start-page");
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("calendar-start-failure");
			page.pageSource("calendar-start-failure");
			throw e;
		}
	}

	@Test
	@Order(2)
	void officeSeesTheProvisionalYearIsToldEveryMistakeAndUploadsThePublishedSchedule() throws IOException {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("calendar-failure");
			page.pageSource("calendar-failure");
			throw e;
		}
	}

	private void walk() throws IOException {
		ChromeDriver driver = page.driver();
		WebDriverWait wait = page.waiting();
		// An open item whose yellow light starts before the Spring Festival: the published schedule moves it.
		dispatch("CAL-1", "school-jsl", "2027-02-22");

		page.login("office1");
		driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/rectification-calendar");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("rc-nav")));
		chooseYear("2027年（暂定）");
		assertThat(status()).isEqualTo("暂定");
		assertThat(driver.findElement(By.cssSelector(".rc-provisional-note")).getDomProperty("textContent")).contains("暂定", "国务院办公厅",
				"上传");
		assertThat(rows(".rc-holidays")).contains("春节 2027-02-05（周五） 2027-02-10（周三） 6");
		assertThat(driver.findElements(By.cssSelector(".rc-workdays"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".rc-workdays-none")).getDomProperty("textContent")).contains("不推测调休上班日");
		page.screenshot("calendar-01-provisional-2027");

		// Every problem of the broken file, as the server lists them; nothing is stored.
		upload("2027.yml", BROKEN_2027);
		WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-error")));
		List<String> problems = texts(".rc-problems li");
		Response refused = Http.basic(port, "office1").upload("/api/calendar", "2027.yml",
				BROKEN_2027.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(400);
		JsonNode details = refused.json().get("details");
		assertThat(error.getDomProperty("textContent")).isEqualTo(refused.json().get("message").asText())
			.startsWith("节假日安排文件有 " + details.size() + " 处问题");
		assertThat(problems).hasSize(details.size());
		for (int i = 0; i < details.size(); i++) {
			assertThat(problems.get(i)).isEqualTo(details.get(i).asText());
		}
		assertThat(problems).anySatisfy(p -> assertThat(p).contains("2027-05-12"));
		assertThat(problems).anySatisfy(p -> assertThat(p).contains("form"));
		assertThat(status()).isEqualTo("暂定");
		assertThat(calendarYear().get("provisional").asBoolean()).isTrue();
		page.scrollTo(error);
		page.screenshot("calendar-02-broken-file");

		upload("2027.yml", CalendarYearScenarios.SCHEDULE_2027);
		WebElement success = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-success")));
		assertThat(success.getDomProperty("textContent")).matches("已上传2027年节假日安排（第1版），重新计算了 \\d+ 项整改任务的期限");
		assertThat(driver.findElements(By.cssSelector(".rc-error"))).isEmpty();
		assertThat(rows(".rc-moved")).anySatisfy(row -> assertThat(row).contains(SCHOOL, "2027-02-22",
				"2027-02-02 → 2027-02-01"));
		// The year view is read again: now official, with its worked Saturdays.
		wait.until(d -> "正式".equals(status()));
		assertThat(driver.findElements(By.cssSelector(".rc-provisional-note"))).isEmpty();
		assertThat(rows(".rc-holidays")).contains("春节 2027-02-05（周五） 2027-02-12（周五） 8");
		assertThat(rows(".rc-workdays")).containsExactly("2027-02-20 周六 春节", "2027-05-08 周六 劳动节",
				"2027-10-09 周六 国庆节");
		assertThat(new Select(driver.findElement(By.id("rc-year"))).getFirstSelectedOption().getDomProperty("textContent"))
			.isEqualTo("2027年（正式）");
		JsonNode year = calendarYear();
		assertThat(year.get("provisional").asBoolean()).isFalse();
		assertThat(year.get("origin").asText()).isEqualTo("UPLOADED");
		page.scrollTo(success);
		page.screenshot("calendar-03-uploaded");
		driver.executeScript("window.scrollTo(0, 0); document.querySelectorAll('*').forEach(e => e.scrollTop = 0);");
		page.screenshot("calendar-04-official-2027");

		// On a phone the tables scroll in their own boxes; the page itself never scrolls sideways.
		driver.manage().window().setSize(new Dimension(390, 844));
		driver.navigate().refresh();
		wait.until(d -> "正式".equals(status()));
		chooseYear("2026年（正式）");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".rc-year h3"), "2026年"));
		assertNoSidewaysScrolling(driver);
		page.screenshot("calendar-05-phone-2026");
		chooseYear("2028年（暂定）");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rc-provisional-note")));
		assertNoSidewaysScrolling(driver);
		page.screenshot("calendar-06-phone-provisional-2028");
		page.scrollTo(driver.findElement(By.id("rc-upload")));
		page.screenshot("calendar-07-phone-upload");

		// Everyone sees the form; the server refuses anyone but the office, and the page says why.
		page.login("leader1");
		driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/rectification-calendar");
		wait.until(d -> "正式".equals(status()));
		upload("2027.yml", CalendarYearScenarios.SCHEDULE_2027);
		WebElement refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-error")));
		assertThat(refusal.getDomProperty("textContent")).isEqualTo("只有整改办和系统管理员可以上传节假日安排");
		page.screenshot("calendar-08-phone-leader-refused");
		assertThat(calendarYear().get("uploadedBy").asText()).isEqualTo("office1");
	}

	private void assertNoSidewaysScrolling(ChromeDriver driver) {
		Map<?, ?> widths = (Map<?, ?>) driver.executeScript("""
				const table = document.querySelector('.rc-holidays');
				return { page: document.documentElement.scrollWidth, inner: window.innerWidth,
				  right: table.parentElement.getBoundingClientRect().right,
				  box: table.parentElement.clientWidth, table: table.scrollWidth,
				  overflow: getComputedStyle(table.parentElement).overflowX };""");
		long inner = ((Number) widths.get("inner")).longValue();
		assertThat(inner).isLessThanOrEqualTo(390);
		assertThat(((Number) widths.get("page")).longValue()).as(widths.toString()).isLessThanOrEqualTo(inner + 1);
		// The table fits, or its box scrolls it.
		boolean fits = ((Number) widths.get("right")).doubleValue() <= inner + 1;
		boolean scrolls = "auto".equals(widths.get("overflow"));
		assertThat(fits || scrolls).as(widths.toString()).isTrue();
	}

	/** The year's badge, read from the DOM: Cockpit scrolls its content in a container, and it may be out of view. */
	private String status() {
		List<WebElement> badges = page.driver().findElements(By.cssSelector(".rc-status"));
		return badges.isEmpty() ? "" : badges.get(0).getDomProperty("textContent");
	}

	private void chooseYear(String label) {
		WebDriverWait wait = page.waiting();
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//select[@id='rc-year']/option[normalize-space(.)='" + label + "']")));
		new Select(page.driver().findElement(By.id("rc-year"))).selectByVisibleText(label);
		String year = label.substring(0, 4);
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".rc-year"), "data-year", year));
	}

	private void upload(String name, String content) throws IOException {
		Path dir = Files.createTempDirectory("calendar-");
		Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		file.toFile().deleteOnExit();
		dir.toFile().deleteOnExit();
		page.driver().findElements(By.cssSelector(".rc-result > *")).forEach(e -> page.driver()
			.executeScript("arguments[0].remove();", e));
		page.driver().findElement(By.id("rc-file")).sendKeys(file.toAbsolutePath().toString());
		page.scrollTo(page.driver().findElement(By.id("rc-upload"))).click();
	}

	/** Rows of a table as their cells' text joined by spaces; read from the DOM, as Cockpit scrolls its content. */
	private List<String> rows(String tableSelector) {
		return page.driver().findElements(By.cssSelector(tableSelector + " tbody tr")).stream()
			.map(row -> String.join(" ", row.findElements(By.tagName("td")).stream()
				.map(cell -> cell.getDomProperty("textContent").strip())
				.toList()))
			.toList();
	}

	private List<String> texts(String selector) {
		return page.driver().findElements(By.cssSelector(selector)).stream()
			.map(e -> e.getDomProperty("textContent").strip())
			.toList();
	}

	private JsonNode calendarYear() {
		Response response = Http.basic(port, "office1").get("/api/calendar/2027");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private void dispatch(String code, String unit, String deadline) {
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", unit);
		measure.put("deadline", deadline);
		Response created = Http.basic(port, "admin")
			.post("/api/rounds", Plans.round("工作日历页 " + UUID.randomUUID(), List.of(measure)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

}
