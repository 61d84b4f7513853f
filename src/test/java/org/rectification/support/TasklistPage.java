package org.rectification.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it, for the browser tests: logging in, filters, the task list, a task's
 * tabs, its Camunda Form and the Complete button. Screenshots and page sources go to target/screenshots/.
 */
public final class TasklistPage implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final HeadlessChromium chromium;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private final int port;

	/** Starts a fresh headless Chromium on Tasklist of the app at this port. Use with {@link BrowserAvailable}. */
	public static TasklistPage open(int port) {
		return new TasklistPage(HeadlessChromium.start(), port);
	}

	/** The same with a browser asking for other languages ({@link HeadlessChromium#start(String)}). */
	public static TasklistPage open(int port, String languages) {
		return new TasklistPage(HeadlessChromium.start(languages), port);
	}

	private TasklistPage(HeadlessChromium chromium, int port) {
		this.chromium = chromium;
		this.driver = chromium.driver();
		this.port = port;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	@Override
	public void close() {
		chromium.close();
	}

	/** Logs out whoever is logged in (drops the session cookies) and logs in; retypes if a keystroke went astray. */
	public void login(String user) {
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
		By nameField = By.cssSelector("input[ng-model='username']");
		By passwordField = By.cssSelector("input[ng-model='password']");
		for (int attempt = 0; attempt < 3; attempt++) {
			WebElement name = wait.until(ExpectedConditions.elementToBeClickable(nameField));
			WebElement password = wait.until(ExpectedConditions.elementToBeClickable(passwordField));
			name.clear();
			name.sendKeys(user);
			password.clear();
			password.click();
			password.sendKeys("demo");
			if (user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"))) {
				break;
			}
		}
		driver.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
	}

	public void openFilter(String name) {
		By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4/a[normalize-space(text())='" + name + "']]");
		wait.until(ExpectedConditions.elementToBeClickable(filter)).findElement(By.cssSelector("h4 a")).click();
		wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
	}

	public By taskLink(String taskName) {
		return By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='"
				+ taskName + "']");
	}

	public void waitForTaskInList(String taskName) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(taskName)));
	}

	public List<String> listedTasks() {
		List<String> names = new ArrayList<>();
		for (WebElement link : driver.findElements(By.cssSelector("ol.tasks-list h4.task a"))) {
			names.add(link.getText().strip());
		}
		return names;
	}

	/** Opens the task from the list and waits for its card. */
	public void openTask(String taskName) {
		// Other tests' rounds add tasks: the link may be below the fold, under Tasklist's footer.
		scrollTo(wait.until(ExpectedConditions.elementToBeClickable(taskLink(taskName)))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2.task"), taskName));
	}

	/** Starts a process from Tasklist's header (启动流程), then the process by name; its start form opens. */
	public void startProcess(String processName) {
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='" + processName + "']"))).click();
	}

	/** The start dialog's Start button (启动). */
	public void submitStartForm() {
		driver.findElement(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
	}

	public void openTab(String label) {
		By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + label + "']");
		scrollTo(wait.until(ExpectedConditions.elementToBeClickable(tab))).click();
	}

	/** Camunda's Form tab, whatever its label's language: it has the highest priority, so it comes first. */
	public void openFormTab() {
		By tab = By.cssSelector(".task-card ul.nav-tabs > li:first-child > a");
		scrollTo(wait.until(ExpectedConditions.elementToBeClickable(tab))).click();
		wait.until(ExpectedConditions.attributeContains(By.cssSelector(".task-card ul.nav-tabs > li:first-child"),
				"class", "active"));
	}

	/** Tasklist lets only the assignee complete a task; a candidate claims it first. */
	public void claimIfNeeded() {
		List<WebElement> claim = driver.findElements(By.cssSelector(".task-card button.claim"));
		if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
			claim.get(0).click();
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
		}
		wait.until(ExpectedConditions.elementToBeClickable(completeButton()));
	}

	/** A field of the open Camunda Form, by its component id (Field_…). */
	public WebElement field(String tag, String fieldId) {
		return driver.findElement(By.cssSelector(tag + "[id$='-Field_" + fieldId + "']"));
	}

	public WebElement waitForField(String tag, String fieldId) {
		return wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(tag + "[id$='-Field_" + fieldId + "']")));
	}

	/** The form-js date picker (flatpickr) takes a typed date, confirmed with Enter, and shows it as M/d/yyyy. */
	public void pickDate(String fieldKey, LocalDate date) {
		WebElement input = driver.findElement(By.cssSelector("input[id$='-Field_" + fieldKey + "-date']"));
		scrollTo(input).click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
		wait.until(ExpectedConditions.attributeToBe(input, "value", date.format(DateTimeFormatter.ofPattern("M/d/yyyy"))));
	}

	public void chooseOption(String label) {
		By option = By.xpath("//label[contains(@class,'fjs-form-field-label')][input[@type='radio']][normalize-space(.)='"
				+ label + "']");
		scrollTo(wait.until(ExpectedConditions.elementToBeClickable(option))).click();
		wait.until(d -> d.findElement(option).findElement(By.tagName("input")).isSelected());
	}

	public By completeButton() {
		return By.cssSelector(".form-actions button[ng-click='complete()']");
	}

	public void clickComplete() {
		// A notice left from an earlier step (process started, file uploaded) may lie over the button.
		dismissNotifications();
		scrollTo(wait.until(ExpectedConditions.elementToBeClickable(completeButton()))).click();
	}

	/** Completes the open task and waits until Tasklist has removed it from the list. */
	public void complete(String taskName) {
		clickComplete();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(taskName)));
	}

	public void dismissNotifications() {
		for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .alert button.close"))) {
			try {
				if (close.isDisplayed()) {
					close.click();
				}
			}
			catch (StaleElementReferenceException gone) {
				// Tasklist removed the notice by itself meanwhile: nothing left to close.
			}
		}
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
	}

	public WebElement scrollTo(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		return element;
	}

	public void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Could not save screenshot " + name + ": " + e);
		}
	}

	public void pageSource(String name) {
		try {
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Could not save page source " + name + ": " + e);
		}
	}

}
