package org.rectification.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Evidence files as units upload them, small enough for tests, and real: each opens in the program of its type,
 * as the upload inspection requires.
 */
public final class EvidenceSamples {

	private EvidenceSamples() {
	}

	/** A minimal one-page PDF whose text (a comment) makes each such file's content (and hash) different. */
	public static byte[] pdf(String text) {
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
		return pdfOf("% " + text + "\n", objects, "");
	}

	/**
	 * A PDF of the given objects (numbered from 1; the first is the catalog) with a correct cross-reference table,
	 * {@code comment} after the header and {@code trailerExtra} added to the trailer dictionary.
	 */
	public static byte[] pdfOf(String comment, List<String> objects, String trailerExtra) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("%PDF-1.4\n" + comment).getBytes(StandardCharsets.UTF_8));
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			out.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.UTF_8));
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R ").append(trailerExtra)
			.append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * A real PNG (one grey pixel) of {@code 16 + size} bytes where the size allows, padded with a private
	 * ancillary chunk whose bytes depend on the size, so that each such file is different.
	 */
	public static byte[] png(int size) {
		byte[] idat = deflate(new byte[] { 0, (byte) size });
		int fixed = 8 + 25 + 12 + idat.length + 12 + 12;
		int padding = Math.max(8, 16 + size - fixed);
		byte[] body = new byte[padding];
		for (int i = 0; i < padding; i++) {
			body[i] = (byte) (i * 31 + size);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		out.writeBytes(pngChunk("IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0).array()));
		out.writeBytes(pngChunk("prVt", body));
		out.writeBytes(pngChunk("IDAT", idat));
		out.writeBytes(pngChunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	/** One PNG chunk with its length and CRC. */
	public static byte[] pngChunk(String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		return chunk.array();
	}

	/** A photo as ImageIO writes it (JFIF), {@code width} by {@code height}, its colour depending on the seed. */
	public static byte[] jpeg(int width, int height, int seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(seed * 7919 & 0xffffff));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.drawLine(0, 0, width - 1, height - 1);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	/** A photo as phones write it: Exif (APP1, camera make and orientation) first, no JFIF. */
	public static byte[] jpegWithExif(int seed) {
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 8);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8).putShort((short) 2);
		// Make (ASCII, 6 bytes at offset 38) and Orientation = 1.
		tiff.putShort((short) 0x010f).putShort((short) 2).putInt(6).putInt(8 + 2 + 2 * 12 + 4);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 1).putShort((short) 0);
		tiff.putInt(0).put("Phone\0\0\0".getBytes(StandardCharsets.US_ASCII));
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		return withSegment(jpeg(64, 48, seed), 0xe1, exif);
	}

	/** A photo whose first segment is an ICC profile (APP2), as some phones and editors write them. */
	public static byte[] jpegWithIcc(int seed) {
		byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		byte[] app2 = concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1, 1 }, profile);
		return withSegment(jpeg(64, 48, seed), 0xe2, app2);
	}

	/** The JPEG with its JFIF segment (APP0) replaced by the given one. */
	static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
		int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) marker, (byte) ((payload.length + 2) >> 8),
				(byte) (payload.length + 2) });
		out.writeBytes(payload);
		out.write(jpeg, 4 + app0Length, jpeg.length - 4 - app0Length);
		return out.toByteArray();
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static byte[] xlsx(String text) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("台账").createRow(0).createCell(0).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static byte[] pptx(String text) {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			show.createSlide().createTextBox().setText(text);
			show.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An Excel 97-2003 workbook. */
	public static byte[] xls(String text) {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("台账").createRow(0).createCell(0).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An OFD with its entry file and one document, as 数科 or 福昕 OFD writers lay it out. */
	public static byte[] ofd(String title) {
		return zip(new String[][] { { "OFD.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\">"
						+ "<ofd:DocBody><ofd:DocInfo><ofd:Title>" + title + "</ofd:Title></ofd:DocInfo>"
						+ "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>" },
				{ "Doc_0/Document.xml",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
								+ "<ofd:MaxUnitID>1</ofd:MaxUnitID></ofd:CommonData></ofd:Document>" } });
	}

	/** A ZIP of the given {name, text} entries, in that order. */
	public static byte[] zip(String[][] entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String[] entry : entries) {
				zip.putNextEntry(new ZipEntry(entry[0]));
				zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		byte[] buffer = new byte[data.length + 64];
		int n = deflater.deflate(buffer);
		deflater.end();
		return java.util.Arrays.copyOf(buffer, n);
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
