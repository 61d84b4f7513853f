package org.rectification.deadline;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.rectification.system.ApiException;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office adds a year's holiday schedule once the State Council publishes it: checked as the shipped files
 * are at start-up (every mistake listed, nothing stored on a mistake), stored for every node, and then every open
 * item's working-day dates are counted on it.
 */
@Service
public class CalendarService {

	private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

	/** A year's schedule is a page of text; anything larger is not one. */
	static final int MAX_FILE_BYTES = 64 * 1024;

	/** Rounds older than this are not kept in the app; a later year than next year has no schedule yet. */
	static final int FIRST_UPLOADABLE_YEAR = 2000;

	private final CalendarUploads uploads;

	private final WorkingDayCalendar calendar;

	private final DeadlineRecount recount;

	private final BusinessClock clock;

	private final TransactionTemplate transaction;

	CalendarService(CalendarUploads uploads, WorkingDayCalendar calendar, DeadlineRecount recount, BusinessClock clock,
			PlatformTransactionManager transactions) {
		this.uploads = uploads;
		this.calendar = calendar;
		this.recount = recount;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @param recount what the new schedule moved
	 */
	public record Accepted(CalendarYear year, int version, DeadlineRecount.Result recount) {
	}

	/**
	 * Checks and stores one year's schedule, then counts the open items on it.
	 *
	 * @throws ValidationFailed listing every problem, nothing stored
	 */
	public Accepted upload(String fileName, byte[] content, CurrentUser user) {
		String name = fileName == null || fileName.isBlank() ? "上传的文件" : fileName.strip();
		if (content == null || content.length == 0) {
			throw ApiException.badRequest("FILE_REQUIRED", "请选择要上传的节假日安排文件（.yml）");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE",
					"文件超过 " + MAX_FILE_BYTES / 1024 + "KB 的上限：一年的节假日安排只有几十行文字，请确认选的是正确的文件");
		}
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (!lower.endsWith(".yml") && !lower.endsWith(".yaml")) {
			throw ApiException.badRequest("NOT_YAML", "只能上传 .yml 格式的节假日安排文件（格式见“工作日历”页的说明），“" + name + "”不是");
		}
		String text = utf8(content, name);
		List<String> problems = new ArrayList<>();
		CalendarFile file = CalendarFiles.parse(name, false, new ByteArrayInputStream(content), problems);
		if (file != null) {
			int year = file.year();
			int latest = clock.today().getYear() + 1;
			if (year < FIRST_UPLOADABLE_YEAR || year > latest) {
				problems.add(name + "：year: " + year + " 不在 " + FIRST_UPLOADABLE_YEAR + "–" + latest
						+ " 年之间（国务院办公厅只在年底公布下一年的安排）");
			}
			StatutoryHolidays.missingFrom(file).forEach(p -> problems.add(name + "：" + p));
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailed("CALENDAR_FILE_INVALID",
					"节假日安排文件有 " + problems.size() + " 处问题，未保存任何内容。请改正后重新上传。", problems);
		}
		int year = file.year();
		long uploadId;
		int version;
		try {
			Stored stored = transaction.execute(tx -> {
				int next = uploads.currentVersion(year) + 1;
				return new Stored(uploads.insert(file, next, name, text, user.userId(), clock.now()), next);
			});
			uploadId = stored.id();
			version = stored.version();
		}
		catch (DuplicateKeyException e) {
			throw ApiException.conflict("CALENDAR_UPLOAD_CONFLICT", year + "年的节假日安排刚被他人上传，未保存本次上传。请刷新页面核对后再决定是否重新上传");
		}
		log.info("{} 上传了{}年的节假日安排（第 {} 版，{}）", user.userId(), year, version, file.source());
		DeadlineRecount.Result result = recountFor(uploadId, user.userId(), year + "年节假日安排已上传");
		return new Accepted(calendar.year(year), version, result);
	}

	/** A node that died while counting leaves its upload unmarked: the next start counts again (it is idempotent). */
	@EventListener(ApplicationReadyEvent.class)
	void finishInterruptedRecounts() {
		List<Long> pending = uploads.notRecounted();
		if (!pending.isEmpty()) {
			log.info("上次上传节假日安排后的期限重新计算未完成，现在补算");
			recountFor(pending.get(pending.size() - 1), "system", "节假日安排已更新");
			pending.forEach(id -> uploads.markRecounted(id, clock.now()));
		}
	}

	private DeadlineRecount.Result recountFor(long uploadId, String actor, String reason) {
		DeadlineRecount.Result result = recount.recountAll(actor, reason);
		if (result.failed().isEmpty()) {
			uploads.markRecounted(uploadId, clock.now());
		}
		return result;
	}

	private static String utf8(byte[] content, String name) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new CharacterCodingException();
			}
			return text;
		}
		catch (CharacterCodingException e) {
			throw ApiException.badRequest("NOT_TEXT", "“" + name + "”不是 UTF-8 编码的文本文件。请用记事本等编辑器另存为 UTF-8 后重新上传");
		}
	}

	private record Stored(long id, int version) {
	}

}
