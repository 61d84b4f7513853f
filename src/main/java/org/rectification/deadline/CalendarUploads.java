package org.rectification.deadline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The holiday schedules uploaded in the app, kept in the database so that every node reads the same. */
@Repository
class CalendarUploads implements UploadedCalendars {

	private final JdbcClient jdbc;

	CalendarUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Grows with every upload: a node whose copy was read at a lower revision reads them again. */
	@Override
	public long revision() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM calendar_upload").query(Long.class).single();
	}

	/** The version in force of each uploaded year. */
	@Override
	public List<Stored> current() {
		List<Stored> years = new ArrayList<>();
		jdbc.sql("""
				SELECT c.calendar_year, c.version, c.file_name, c.content, c.uploaded_by, c.uploaded_at FROM calendar_upload c
				WHERE c.version = (SELECT MAX(l.version) FROM calendar_upload l WHERE l.calendar_year = c.calendar_year)
				ORDER BY c.calendar_year""").query((rs, n) -> {
			String name = rs.getString("file_name");
			List<String> problems = new ArrayList<>();
			CalendarFile file = CalendarFiles.parse(rs.getInt("calendar_year") + ".yml", true,
					new ByteArrayInputStream(rs.getString("content").getBytes(StandardCharsets.UTF_8)), problems);
			if (file == null) {
				// Checked when uploaded: a stored year that no longer reads is a defect, not a user's mistake.
				throw new IllegalStateException("已上传的" + rs.getInt("calendar_year") + "年工作日历（" + name + "）无法读取："
						+ String.join("；", problems));
			}
			return new Stored(file, rs.getInt("version"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class));
		}).list().forEach(years::add);
		return years;
	}

	/** The uploads whose count of the open items did not finish (the node died), oldest first. */
	List<Long> notRecounted() {
		return jdbc.sql("SELECT id FROM calendar_upload WHERE recounted_at IS NULL ORDER BY id").query(Long.class).list();
	}

	void markRecounted(long id, OffsetDateTime now) {
		jdbc.sql("UPDATE calendar_upload SET recounted_at = ? WHERE id = ?").params(now, id).update();
	}

	int currentVersion(int year) {
		return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM calendar_upload WHERE calendar_year = ?")
			.param(year)
			.query(Integer.class)
			.single();
	}

	/**
	 * Stores a checked file as the next version of its year.
	 *
	 * @throws DuplicateKeyException when another upload of the year took that version first
	 */
	long insert(CalendarFile file, int version, String fileName, String content, String uploadedBy, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO calendar_upload (calendar_year, version, file_name, content, source, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(file.year(), version, fileName, content, file.source(), uploadedBy, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

}
