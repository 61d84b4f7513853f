package org.rectification.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * An OFD (GB/T 33190) is a ZIP whose OFD.xml names its documents. The archive passes {@link ZipInspection};
 * OFD.xml must parse, with DTDs and external entities refused outright, and its root must be ofd:OFD. No XML part
 * of the package may declare a DTD: that is how XXE reaches the readers that open the file later.
 */
@Component
class OfdInspection {

	private static final int MAX_XML = 16 * 1024 * 1024;

	private final ZipInspection zip;

	OfdInspection(ZipInspection zip) {
		this.zip = zip;
	}

	void inspect(Path file, String name) throws IOException {
		ZipInspection.Entries entries = zip.inspect(file, FileType.OFD, name);
		if (!entries.has("OFD.xml")) {
			throw UploadRefused.mismatch(name, FileType.OFD);
		}
		for (String entry : entries.names()) {
			if (entry.toLowerCase(Locale.ROOT).endsWith(".xml")) {
				byte[] xml = ZipInspection.read(file, entry, MAX_XML).orElseThrow();
				String text = new String(xml, StandardCharsets.UTF_8);
				if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
					throw UploadRefused.hiddenContent(name, FileType.OFD);
				}
			}
		}
		byte[] main = ZipInspection.read(file, "OFD.xml", MAX_XML).orElseThrow();
		Document document;
		try {
			document = parser().parse(new ByteArrayInputStream(main));
		}
		catch (SAXException | IOException e) {
			throw UploadRefused.corrupted(name, FileType.OFD);
		}
		if (!"OFD".equals(document.getDocumentElement().getLocalName())) {
			throw UploadRefused.mismatch(name, FileType.OFD);
		}
	}

	/** A parser that never reads a DTD, resolves an entity or includes another document. */
	static DocumentBuilder parser() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
			return builder;
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

}
