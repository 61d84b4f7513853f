package org.rectification.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.LookBacks;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.Roles;
import org.rectification.system.ApiException;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence files: received to disk while hashed, checked (type by content, {@link UploadInspection}, limits), then recorded and kept in
 * one step that either keeps both the row and the file or neither.
 */
@Service
public class EvidenceFileService {

	private static final Logger log = LoggerFactory.getLogger(EvidenceFileService.class);

	private final EvidenceFiles files;

	private final EvidenceStore store;

	private final UnitTasks unitTasks;

	private final EvidenceProperties properties;

	private final TransactionTemplate transaction;

	private final BusinessClock clock;

	private final LookBacks lookBacks;

	private final UploadInspection inspection;

	EvidenceFileService(EvidenceFiles files, EvidenceStore store, UnitTasks unitTasks, LookBacks lookBacks,
			EvidenceProperties properties, TransactionTemplate transaction, BusinessClock clock,
			UploadInspection inspection) {
		this.inspection = inspection;
		this.files = files;
		this.store = store;
		this.unitTasks = unitTasks;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
		this.lookBacks = lookBacks;
	}

	/**
	 * Stores one file for the item. The unit's member uploads while the item is with the unit; the file stays
	 * removable until the next submission.
	 */
	public EvidenceFile upload(long unitTaskId, CurrentUser user, String kindText, String originalName, InputStream content)
			throws IOException {
		UnitTask item = withUnit(unitTaskId, user);
		EvidenceKind kind = EvidenceKind.parse(kindText)
			.orElseThrow(() -> ApiException.badRequest("KIND_INVALID", "请选择材料类别：制度文件、会议纪要、照片、台账或截图、其他"));
		String name = fileName(originalName);
		FileType type = FileType.ofName(name)
			.orElseThrow(() -> ApiException.badRequest("TYPE_NOT_ALLOWED",
					"不支持“" + name + "”的文件类型。可上传：" + FileType.allowed() + "（压缩包请解压后逐个上传）"));
		long maxFile = properties.maxFileSize().toBytes();
		EvidenceStore.Received received;
		try {
			received = store.receive(content, maxFile);
		}
		catch (EvidenceStore.TooLarge e) {
			throw tooLarge(name);
		}
		try {
			if (received.size() == 0) {
				throw ApiException.badRequest("FILE_EMPTY", "“" + name + "”是空文件，请检查后重新上传");
			}
			inspection.inspect(received.path(), type, name);
			String key = store.newKey();
			return transaction.execute(status -> record(item, user, kind, name, type, received, key));
		}
		finally {
			// Kept files were moved away; anything still here is a refused or failed upload.
			store.discard(received.path());
		}
	}

	private EvidenceFile record(UnitTask item, CurrentUser user, EvidenceKind kind, String name, FileType type,
			EvidenceStore.Received received, String key) {
		// One upload of an item at a time: the limits below count what the others have stored.
		unitTasks.lock(item.id());
		UnitTask current = withUnit(item.id(), user);
		List<EvidenceFile> existing = files.forUnitTask(current.id());
		existing.stream().filter(f -> f.sha256().equals(received.sha256())).findFirst().ifPresent(f -> {
			throw ApiException.conflict("FILE_DUPLICATE", "本事项已有内容完全相同的文件“" + f.fileName() + "”，无需重复上传");
		});
		long total = files.totalSize(current.id());
		if (total + received.size() > properties.maxTaskSize().toBytes()) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "TASK_SIZE_LIMIT",
					"本事项的佐证材料合计不能超过 " + EvidenceProperties.text(properties.maxTaskSize()) + "，已用 "
							+ megabytes(total) + "，请压缩图片或精简材料后再上传");
		}
		long id = files.insert(current.id(), kind, name, type, received.size(), received.sha256(), key, user.userId(),
				clock.now());
		try {
			store.keep(received, key);
		}
		catch (IOException e) {
			throw new IllegalStateException("evidence file could not be stored", e);
		}
		// Should the commit fail after the move, the file goes with the row.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				// Only a certain rollback: after an unknown outcome the row may well exist.
				if (status == STATUS_ROLLED_BACK) {
					store.discardKey(key);
				}
			}
		});
		return files.find(id).orElseThrow();
	}

	/** The uploader removes a file not yet submitted. */
	public void delete(long fileId, CurrentUser user) {
		EvidenceFile file = transaction.execute(status -> {
			EvidenceFile found = files.find(fileId).orElseThrow(() -> ApiException.notFound("文件不存在"));
			unitTasks.lock(found.unitTaskId());
			UnitTask item = unitTasks.find(found.unitTaskId()).orElseThrow();
			if (!user.memberOf(item.unitId())) {
				throw ApiException.forbidden("只能删除本单位上传的文件");
			}
			if (found.submitted()) {
				throw ApiException.conflict("FILE_SUBMITTED", "“" + found.fileName() + "”已随佐证材料提交，不能删除");
			}
			withUnit(found.unitTaskId(), user);
			if (!found.uploadedBy().equals(user.userId())) {
				throw ApiException.forbidden("只能删除自己上传的文件");
			}
			if (!files.deletePending(fileId)) {
				throw ApiException.conflict("FILE_SUBMITTED", "“" + found.fileName() + "”已随佐证材料提交，不能删除");
			}
			return found;
		});
		store.discardKey(file.storageKey());
	}

	/**
	 * A file for download, if the caller may have it: the item's unit, the office, the measure's responsible
	 * leader and the leading group. Others get 403; files the unit has not submitted yet are the unit's own.
	 */
	public Download open(long fileId, CurrentUser user) {
		EvidenceFile file = files.find(fileId).orElseThrow(() -> ApiException.notFound("文件不存在"));
		UnitTask item = unitTasks.find(file.unitTaskId()).orElseThrow(() -> ApiException.notFound("文件不存在"));
		boolean unit = user.memberOf(item.unitId());
		boolean reviewer = user.memberOfAny(List.of(Roles.OFFICE, Roles.LEADING_GROUP))
				|| user.userId().equals(item.responsibleLeader());
		if (!unit && !(reviewer && file.submitted())) {
			throw ApiException.forbidden("您无权下载该文件：佐证材料只向责任单位、整改办、责任领导和领导小组开放");
		}
		Path path = store.path(file.storageKey());
		if (!Files.isReadable(path)) {
			log.error("Evidence file {} ({}) is in the ledger but not in the store at {}", file.id(), file.fileName(), path);
			throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "FILE_CONTENT_MISSING",
					"文件“" + file.fileName() + "”的内容在存储中找不到，请联系系统管理员从备份恢复");
		}
		return new Download(file, path);
	}

	public record Download(EvidenceFile file, Path path) {
	}

	/** The item, if the user's unit holds it and may still add or remove files. */
	private UnitTask withUnit(long unitTaskId, CurrentUser user) {
		UnitTask item = unitTasks.find(unitTaskId).orElseThrow(() -> ApiException.notFound("整改任务 " + unitTaskId + " 不存在"));
		if (!user.memberOf(item.unitId())) {
			throw ApiException.forbidden("只有" + item.unitName() + "的人员可以为该事项上传或删除佐证材料");
		}
		if (!acceptsFiles(item)) {
			throw ApiException.conflict("NOT_WITH_UNIT",
					"该事项当前为“" + item.state().label() + "”，已提交或已办结的事项不能再增删佐证材料");
		}
		return item;
	}

	/** The unit may add files while it holds the item, and while a look-back waits for its fresh evidence. */
	public boolean acceptsFiles(UnitTask item) {
		return item.state().isWithUnit() || lookBacks.awaitingUnit(item.id());
	}

	/** The name the browser sent, for display only; never used as a path. */
	static String fileName(String original) {
		return UploadNames.check(original);
	}

	private ApiException tooLarge(String name) {
		return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE",
				"“" + name + "”超过单个文件 " + EvidenceProperties.text(properties.maxFileSize()) + " 的上限，请压缩或拆分后再上传");
	}

	private static String megabytes(long bytes) {
		return String.format("%.1fMB", bytes / 1024.0 / 1024.0);
	}

}
