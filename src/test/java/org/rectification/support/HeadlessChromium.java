package org.rectification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The machine's Debian Chromium and chromedriver, driven headless by Selenium. Both paths are set explicitly,
 * so Selenium Manager never looks for or downloads a browser or driver. Each instance runs with a fresh
 * profile that is deleted on {@link #close()}. It asks for pages in Chinese, as the bureau's browsers do, unless
 * started with other languages. Use with {@link BrowserAvailable}.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path BINARY = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** The users' time zone, so that date pickers and Tasklist dates behave as they do for them. */
	public static final String TIME_ZONE = "Asia/Shanghai";

	/** The languages the bureau's browsers ask for, in Chromium's accept-languages form. */
	public static final String LANGUAGES = "zh-CN,zh";

	public static final String INSTALL_HINT = "apt-get install chromium chromium-driver fonts-noto-cjk";

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** The paths of the browser and driver that are missing or not executable; empty when both are usable. */
	public static List<Path> missing() {
		List<Path> missing = new ArrayList<>();
		for (Path path : List.of(BINARY, DRIVER)) {
			if (!Files.isExecutable(path)) {
				missing.add(path);
			}
		}
		return missing;
	}

	public static HeadlessChromium start() {
		return start(LANGUAGES);
	}

	/**
	 * Starts Chromium asking for these languages (comma-separated, first preferred). Both the UI language and
	 * the accept-languages preference are set: headless Chromium takes navigator.languages from the latter.
	 */
	public static HeadlessChromium start(String languages) {
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", TIME_ZONE))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=" + languages.split(",")[0],
				"--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
		// The console (with the browser's own messages, such as refused content) can be read back.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new HeadlessChromium(driver, profile);
		}
		catch (RuntimeException e) {
			delete(profile);
			throw e;
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			delete(profile);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// a leftover temporary profile is harmless
		}
	}

}
