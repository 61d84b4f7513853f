package org.rectification.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.VisibleUnitTasks;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.CurrentUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An item's evidence files: list, upload, download, remove. Documented in README and docs/evidence.md. */
@RestController
class EvidenceFileController {

	private final EvidenceFileService service;

	private final EvidenceFiles files;

	private final VisibleUnitTasks visibleUnitTasks;

	private final People people;

	private final ApiAccess access;

	private final EvidenceProperties properties;

	EvidenceFileController(EvidenceFileService service, EvidenceFiles files, VisibleUnitTasks visibleUnitTasks,
			People people, ApiAccess access, EvidenceProperties properties) {
		this.service = service;
		this.files = files;
		this.visibleUnitTasks = visibleUnitTasks;
		this.people = people;
		this.access = access;
		this.properties = properties;
	}

	@GetMapping("/api/unit-tasks/{id}/evidence-files")
	FilesView list(@PathVariable long id) {
		return view(visibleUnitTasks.get(id), access.user());
	}

	/** The files of the item behind a Tasklist task the caller can see (the 佐证材料 tab). */
	@GetMapping("/api/tasks/{taskId}/evidence-files")
	FilesView listOfTask(@PathVariable String taskId) {
		return view(visibleUnitTasks.behindTask(taskId, step -> true, "该任务没有佐证材料"), access.user());
	}

	@PostMapping("/api/unit-tasks/{id}/evidence-files")
	ResponseEntity<FileView> upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "kind", required = false) String kind) throws IOException {
		CurrentUser user = access.user();
		visibleUnitTasks.get(id);
		if (file == null) {
			throw ApiException.badRequest("FILE_REQUIRED", "请选择要上传的文件");
		}
		EvidenceFile stored = service.upload(id, user, kind, file.getOriginalFilename(), file.getInputStream());
		return ResponseEntity.created(URI.create("/api/evidence-files/" + stored.id() + "/content"))
			.body(fileView(stored, user, Map.of()));
	}

	@DeleteMapping("/api/evidence-files/{fileId}")
	ResponseEntity<Void> delete(@PathVariable long fileId) {
		service.delete(fileId, access.user());
		return ResponseEntity.noContent().build();
	}

	/** The file itself, always as a download under its original name, never rendered by the browser. */
	@GetMapping("/api/evidence-files/{fileId}/content")
	ResponseEntity<Resource> download(@PathVariable long fileId) {
		EvidenceFileService.Download download = service.open(fileId, access.user());
		EvidenceFile file = download.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.fileType().mediaType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(download.path()));
	}

	private FilesView view(UnitTask item, CurrentUser user) {
		boolean unit = user.memberOf(item.unitId());
		boolean reviewer = user.memberOfAny(List.of(Roles.OFFICE, Roles.LEADING_GROUP))
				|| user.userId().equals(item.responsibleLeader());
		boolean withUnit = service.acceptsFiles(item);
		List<EvidenceFile> all = files.forUnitTask(item.id());
		// Files the unit has not submitted yet are its own draft; others who may not download see no files.
		List<EvidenceFile> shown = all.stream().filter(f -> unit || (reviewer && f.submitted())).toList();
		Map<String, List<EvidenceFiles.Reuse>> reuse = reviewer
				? files.reusedElsewhere(item.id(), shown.stream().map(EvidenceFile::sha256).collect(Collectors.toSet()))
					.stream()
					.collect(Collectors.groupingBy(EvidenceFiles.Reuse::sha256))
				: Map.of();
		List<EvidenceKind> required = files.requiredKinds(item.measureId());
		Set<EvidenceKind> present = all.stream().map(EvidenceFile::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(EvidenceKind.class)));
		List<KindView> missing = required.stream().filter(k -> !present.contains(k)).map(KindView::of).toList();
		return new FilesView(item.id(), item.reference(), item.unitName(), item.state(), unit && withUnit,
				unit || reviewer, required.stream().map(KindView::of).toList(), missing,
				List.of(EvidenceKind.values()).stream().map(KindView::of).toList(), FileType.allowed(),
				EvidenceProperties.text(properties.maxFileSize()), properties.maxFileSize().toBytes(),
				EvidenceProperties.text(properties.maxTaskSize()), shown.stream().map(f -> fileView(f, user, reuse)).toList());
	}

	private FileView fileView(EvidenceFile file, CurrentUser user, Map<String, List<EvidenceFiles.Reuse>> reuse) {
		List<String> elsewhere = reuse.getOrDefault(file.sha256(), List.of())
			.stream()
			.map(r -> "【" + r.measureCode() + "】" + r.unitName())
			.distinct()
			.toList();
		return new FileView(file.id(), file.fileName(), file.kind(), file.kind().label(), file.fileType().extension(),
				file.sizeBytes(), file.sha256(), file.uploadedBy(), people.name(file.uploadedBy()), file.uploadedAt(),
				file.submissionNo(), !file.submitted() && file.uploadedBy().equals(user.userId()),
				"/api/evidence-files/" + file.id() + "/content", elsewhere);
	}

	record KindView(EvidenceKind kind, String label) {

		static KindView of(EvidenceKind kind) {
			return new KindView(kind, kind.label());
		}

	}

	/**
	 * @param canUpload the caller belongs to the unit and the item is with it
	 * @param canDownload the caller may download the files listed
	 * @param missingKinds required kinds without a file yet
	 */
	record FilesView(long unitTaskId, String reference, String unitName, UnitTaskState state, boolean canUpload,
			boolean canDownload, List<KindView> requiredKinds, List<KindView> missingKinds, List<KindView> kinds,
			String allowedTypes, String maxFileSize, long maxFileSizeBytes, String maxTaskSize, List<FileView> files) {
	}

	/**
	 * @param submissionNo the submission that carried the file, or null while the unit may still remove it
	 * @param usedElsewhere other items with a file of the same content (shown to reviewers only)
	 */
	record FileView(long id, String fileName, EvidenceKind kind, String kindLabel, String fileType, long size,
			String sha256, String uploadedBy, String uploaderName, OffsetDateTime uploadedAt, Integer submissionNo,
			boolean canDelete, String downloadUrl, List<String> usedElsewhere) {
	}

}
