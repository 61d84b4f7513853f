package org.rectification.support;

import java.nio.charset.StandardCharsets;

/** Evidence files as units upload them, small enough for tests. */
public final class EvidenceSamples {

	private EvidenceSamples() {
	}

	/** A minimal PDF whose text makes each such file's content (and hash) different. */
	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
