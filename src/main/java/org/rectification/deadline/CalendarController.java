package org.rectification.deadline;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.rectification.orgchart.Roles;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The working-day calendar: each year's holidays and worked weekends, official or provisional (暂定), and the
 * office's upload of a newly published year. Documented in docs/working-days.md.
 */
@RestController
class CalendarController {

	/** How far ahead the overview lists provisional years. */
	private static final int YEARS_AHEAD = 2;

	private final WorkingDayCalendar calendar;

	private final CalendarService service;

	private final ApiAccess access;

	private final BusinessClock clock;

	CalendarController(WorkingDayCalendar calendar, CalendarService service, ApiAccess access, BusinessClock clock) {
		this.calendar = calendar;
		this.service = service;
		this.access = access;
		this.clock = clock;
	}

	/** Every official year, and the provisional ones up to two years ahead. */
	@GetMapping("/api/calendar")
	Overview overview() {
		return overview(calendar, clock);
	}

	@GetMapping("/api/calendar/{year}")
	CalendarYear year(@PathVariable int year) {
		try {
			return calendar.year(year);
		}
		catch (CalendarYearMissing e) {
			throw new ApiException(org.springframework.http.HttpStatus.NOT_FOUND, CalendarYearMissing.CODE, e.getMessage());
		}
	}

	/** The start page's line on which years are provisional: public knowledge, readable before logging in. */
	@GetMapping("/calendar/status")
	Status status() {
		Overview overview = overview(calendar, clock);
		return new Status(overview.officialYears(), overview.firstProvisionalYear(), overview.provisionalYears());
	}

	@PostMapping("/api/calendar")
	ResponseEntity<CalendarService.Accepted> upload(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		CurrentUser user = access.requireAnyRole(List.of(Roles.OFFICE), "只有整改办和系统管理员可以上传节假日安排");
		CalendarService.Accepted accepted = service.upload(file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes(), user);
		return ResponseEntity.created(URI.create("/api/calendar/" + accepted.year().year())).body(accepted);
	}

	static Overview overview(WorkingDayCalendar calendar, BusinessClock clock) {
		List<CalendarYear> official = calendar.years().stream().map(calendar::year).toList();
		List<Integer> provisional = new ArrayList<>();
		int first = calendar.firstProvisionalYear();
		for (int year = first; year <= clock.today().getYear() + YEARS_AHEAD; year++) {
			if (calendar.isProvisional(year)) {
				provisional.add(year);
			}
		}
		return new Overview(official.stream().map(y -> new Entry(y.year(), y.provisional(), y.origin(), y.source(),
				y.uploadedBy(), y.uploadedAt() == null ? null : y.uploadedAt().toString())).toList(),
				official.stream().map(CalendarYear::year).toList(), first, provisional);
	}

	/**
	 * @param firstProvisionalYear from this year on, every year without an uploaded schedule is provisional
	 * @param provisionalYears the provisional years up to two years ahead
	 */
	record Overview(List<Entry> years, List<Integer> officialYears, int firstProvisionalYear,
			List<Integer> provisionalYears) {
	}

	record Entry(int year, boolean provisional, CalendarYear.Origin origin, String source, String uploadedBy,
			String uploadedAt) {
	}

	record Status(List<Integer> officialYears, int firstProvisionalYear, List<Integer> provisionalYears) {
	}

}
