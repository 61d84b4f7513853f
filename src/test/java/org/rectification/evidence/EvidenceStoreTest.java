package org.rectification.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class EvidenceStoreTest {

	@TempDir
	Path folder;

	@Test
	void shouldDeleteUploadsACrashLeftBehindButNotThoseBeingReceived() throws Exception {
		Path incoming = Files.createDirectories(folder.resolve("incoming"));
		Path old = Files.writeString(incoming.resolve("a.part"), "half");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		Path fresh = Files.writeString(incoming.resolve("b.part"), "arriving");

		new EvidenceStore(new EvidenceProperties(folder, null, null));

		assertThat(old).doesNotExist();
		assertThat(fresh).exists();
	}

	@Test
	void shouldStopReceivingBeyondTheLimitAndKeepNothing() throws Exception {
		EvidenceStore store = new EvidenceStore(new EvidenceProperties(folder, DataSize.ofBytes(10), DataSize.ofBytes(10)));

		assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(new byte[11]), 10))
			.isInstanceOf(EvidenceStore.TooLarge.class);
		try (var files = Files.list(folder.resolve("incoming"))) {
			assertThat(files).isEmpty();
		}
		EvidenceStore.Received received = store.receive(new ByteArrayInputStream("abc".getBytes()), 10);
		assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

}
