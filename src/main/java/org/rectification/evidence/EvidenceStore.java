package org.rectification.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk, under names the store makes up: {@code <dir>/<2 hex>/<uuid>}. A file is first received
 * into {@code <dir>/incoming} while its size and SHA-256 are counted, and only moved to its place once the
 * ledger has accepted it. Nothing a user sends is used as a path.
 */
@Component
class EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private final Path root;

	private final Path incoming;

	EvidenceStore(EvidenceProperties properties) throws IOException {
		this.root = properties.directory().toAbsolutePath().normalize();
		this.incoming = root.resolve("incoming");
		Files.createDirectories(incoming);
		sweepIncoming(Instant.now().minus(Duration.ofHours(1)));
	}

	/**
	 * Deletes uploads a crash left half-received. Only old ones: another node sharing the folder may be receiving
	 * right now.
	 */
	void sweepIncoming(Instant before) throws IOException {
		try (Stream<Path> files = Files.list(incoming)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					log.warn("Deleting an upload left unfinished: {}", file);
					discard(file);
				}
			}
		}
	}

	/** A file received but not yet kept: delete it unless {@link #keep} moved it. */
	record Received(Path path, long size, String sha256) {
	}

	/**
	 * Copies the upload into the incoming folder, counting its size and SHA-256.
	 *
	 * @throws TooLarge as soon as more than {@code maxBytes} arrived (what was received is deleted)
	 */
	Received receive(InputStream in, long maxBytes) throws IOException {
		Path file = incoming.resolve(UUID.randomUUID() + ".part");
		MessageDigest sha256 = sha256();
		long size = 0;
		boolean done = false;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) != -1) {
				size += n;
				if (size > maxBytes) {
					throw new TooLarge();
				}
				out.write(buffer, 0, n);
			}
			done = true;
		}
		finally {
			if (!done) {
				discard(file);
			}
		}
		return new Received(file, size, HexFormat.of().formatHex(sha256.digest()));
	}

	/** A fresh storage key. */
	String newKey() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	/** Moves a received file to its place under the key. */
	void keep(Received received, String key) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
	}

	Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	/** Deletes a received or kept file; a failure is logged, never raised (the caller is cleaning up). */
	void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete evidence file {}", file, e);
		}
	}

	void discardKey(String key) {
		discard(path(key));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static final class TooLarge extends IOException {

		TooLarge() {
			super("too large");
		}

	}

}
