package org.rectification.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Rounds;
import org.rectification.orgchart.Roles;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaders' dashboard (整改看板) and the progress report, for the leading group, leaders and the office. */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

	static final List<String> READERS = List.of(Roles.LEADING_GROUP, Roles.PRINCIPAL, Roles.LEADER, Roles.OFFICE);

	private static final String FORBIDDEN = "整改看板和整改进展情况通报只有领导小组、局领导和整改办可以查看";

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final RoundProgress progress;

	private final ProgressReport report;

	private final Rounds rounds;

	private final ApiAccess access;

	DashboardController(RoundProgress progress, ProgressReport report, Rounds rounds, ApiAccess access) {
		this.progress = progress;
		this.report = report;
		this.rounds = rounds;
		this.access = access;
	}

	/** The rounds, newest feedback first. */
	@GetMapping("/rounds")
	List<RoundEntry> rounds() {
		access.requireMemberOf(READERS, FORBIDDEN);
		return rounds.findAllRounds()
			.stream()
			.sorted(Comparator.comparing(InspectionRound::feedbackDate).thenComparing(InspectionRound::id).reversed())
			.map(r -> new RoundEntry(r.id(), r.name(), r.inspectionGroup(), r.inspectedBody(), r.feedbackDate().toString(),
					r.status() == null ? null : r.status().name(), r.statusLabel()))
			.toList();
	}

	@GetMapping("/rounds/{id}")
	ProgressSnapshot round(@PathVariable long id, @RequestParam(defaultValue = "internal") String scope,
			@RequestParam(defaultValue = "200") int warnings) {
		access.requireMemberOf(READERS, FORBIDDEN);
		if (warnings < 0 || warnings > RoundProgress.MAX_WARNINGS) {
			throw ApiException.badRequest("WARNINGS_LIMIT_INVALID", "warnings 应在 0 到 " + RoundProgress.MAX_WARNINGS + " 之间");
		}
		return progress.snapshot(id, scope(scope), warnings);
	}

	/** The report as a Word document; its figures are those of the dashboard at the same moment. */
	@GetMapping("/rounds/{id}/report")
	ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(defaultValue = "internal") String scope)
			throws IOException {
		access.requireMemberOf(READERS, FORBIDDEN);
		Scope version = scope(scope);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgressSnapshot snapshot = report.write(id, version, out);
		String fileName = snapshot.round().inspectedBody() + "巡察整改进展情况通报（" + version.label() + "，截至" + snapshot.today() + "）.docx";
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toByteArray());
	}

	private static Scope scope(String text) {
		return Scope.parse(text)
			.orElseThrow(() -> ApiException.badRequest("SCOPE_INVALID", "scope 应为 internal（内部版）或 public（公开版）"));
	}

	record RoundEntry(long id, String name, String inspectionGroup, String inspectedBody, String feedbackDate,
			String status, String statusLabel) {
	}

}
