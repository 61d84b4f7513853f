package org.rectification.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * A JPEG or PNG is walked marker by marker (chunk by chunk) to its end, its size read from the header and
 * checked before anything is decoded, then decoded in full by ImageIO. Data after the image's end is refused
 * unless it is what cameras put there: further JPEG images (Multi-Picture Format: depth maps, HDR gain maps), a
 * motion photo's video, Samsung's trailer, or padding.
 */
@Component
class ImageInspection {

	/** A decompression bomb declares far more pixels than a photo has; 100 million is above any phone's default. */
	static final long MAX_PIXELS = 100_000_000L;

	/** Decoding keeps at most about this many pixels in memory: subsampled reading still decodes every byte. */
	private static final long DECODED_PIXELS = 4_000_000L;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	void inspect(Path file, FileType type, String name) throws IOException {
		// Evidence files are limited to tens of MB, so the whole file fits in memory for the walk.
		byte[] data = Files.readAllBytes(file);
		Dimensions size;
		int end;
		try {
			if (type.container() == FileType.Container.JPEG) {
				Jpeg jpeg = Jpeg.walk(data, 0, true);
				size = jpeg.size;
				end = jpeg.end;
			}
			else {
				Png png = Png.walk(data);
				size = png.size;
				end = png.end;
			}
		}
		catch (Malformed e) {
			throw UploadRefused.corrupted(name, type);
		}
		if (size.width <= 0 || size.height <= 0) {
			throw UploadRefused.corrupted(name, type);
		}
		if (size.width * size.height > MAX_PIXELS) {
			throw UploadRefused.imageTooLarge(name, size.width, size.height);
		}
		if (!acceptableTrailer(data, end, type)) {
			throw UploadRefused.hiddenContent(name, type);
		}
		decode(file, type, name, size);
	}

	private static void decode(Path file, FileType type, String name, Dimensions size) throws IOException {
		boolean jpeg = type.container() == FileType.Container.JPEG;
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(jpeg ? "jpeg" : "png");
		if (!readers.hasNext()) {
			throw new IllegalStateException("no ImageIO reader for " + type);
		}
		ImageReader reader = readers.next();
		AtomicReference<String> warning = new AtomicReference<>();
		reader.addIIOReadWarningListener((source, message) -> warning.compareAndSet(null, message));
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			reader.setInput(in, true, true);
			ImageReadParam param = reader.getDefaultReadParam();
			int step = (int) Math.ceil(Math.sqrt((double) size.width * size.height / DECODED_PIXELS));
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			if (jpeg) {
				// The raster: no colour conversion, so CMYK and YCCK scans from print shops decode too.
				reader.readRaster(0, param);
			}
			else {
				reader.read(0, param);
			}
		}
		catch (IOException | RuntimeException e) {
			throw UploadRefused.corrupted(name, type);
		}
		finally {
			reader.dispose();
		}
		if (warning.get() != null) {
			// "Premature end of JPEG file" and the like: ImageIO fills in grey and carries on.
			throw UploadRefused.corrupted(name, type);
		}
	}

	/** What may follow the image's end marker: nothing that is not itself a camera's image or video data. */
	private static boolean acceptableTrailer(byte[] data, int end, FileType type) {
		if (end == data.length) {
			return true;
		}
		byte[] rest = java.util.Arrays.copyOfRange(data, end, data.length);
		if (ContentDetection.hasMarkup(rest) || ContentDetection.indexOf(rest, new byte[] { 'P', 'K', 3, 4 }) >= 0
				|| ContentDetection.indexOf(rest, new byte[] { 'P', 'K', 5, 6 }) >= 0) {
			return false;
		}
		if (padding(data, end, data.length)) {
			return rest.length <= 4096;
		}
		if (type.container() != FileType.Container.JPEG) {
			return false;
		}
		int at = end;
		while (at < data.length) {
			if (padding(data, at, data.length)) {
				return data.length - at <= 4096;
			}
			if (isJpegStart(data, at)) {
				try {
					at = Jpeg.walk(data, at, false).end;
				}
				catch (Malformed e) {
					return false;
				}
				continue;
			}
			if (isoBoxes(data, at) || endsWithSamsungTrailer(data)) {
				return true;
			}
			// Some writers pad between the images of a Multi-Picture file.
			int next = at;
			while (next < data.length && data[next] == 0 && next - at < 4096) {
				next++;
			}
			if (next == at || !isJpegStart(data, next)) {
				return false;
			}
			at = next;
		}
		return true;
	}

	private static boolean isJpegStart(byte[] data, int at) {
		return at + 1 < data.length && u8(data, at) == 0xff && u8(data, at + 1) == 0xd8;
	}

	/** Zeros or 0xFF fill only. */
	private static boolean padding(byte[] data, int from, int to) {
		for (int i = from; i < to; i++) {
			if (data[i] != 0 && data[i] != (byte) 0xff) {
				return false;
			}
		}
		return true;
	}

	/** Samsung cameras end their JPEGs with a directory of extra data signed "SEFT". */
	private static boolean endsWithSamsungTrailer(byte[] data) {
		int n = data.length;
		return n >= 4 && data[n - 4] == 'S' && data[n - 3] == 'E' && data[n - 2] == 'F' && data[n - 1] == 'T';
	}

	/** A motion photo's MP4: ISO media boxes (size, four-letter type) reaching exactly to the end of the file. */
	private static boolean isoBoxes(byte[] data, int at) {
		boolean first = true;
		while (at < data.length) {
			if (data.length - at < 8) {
				return false;
			}
			long size = u32(data, at);
			for (int i = 4; i < 8; i++) {
				int c = u8(data, at + i);
				if (c < 0x20 || c > 0x7e) {
					return false;
				}
			}
			if (first && !(data[at + 4] == 'f' && data[at + 5] == 't' && data[at + 6] == 'y' && data[at + 7] == 'p')) {
				return false;
			}
			first = false;
			if (size == 1 && data.length - at >= 16) {
				size = ((long) u32(data, at + 8) << 32) | u32(data, at + 12);
			}
			else if (size == 0) {
				size = data.length - at;
			}
			if (size < 8 || size > data.length - at) {
				return false;
			}
			at += (int) size;
		}
		return true;
	}

	record Dimensions(long width, long height) {
	}

	/** The walk of one JPEG from SOI to EOI. */
	private static final class Jpeg {

		Dimensions size = new Dimensions(0, 0);

		int end;

		static Jpeg walk(byte[] d, int start, boolean needFrame) throws Malformed {
			Jpeg jpeg = new Jpeg();
			int at = start;
			if (d.length - at < 4 || u8(d, at) != 0xff || u8(d, at + 1) != 0xd8) {
				throw new Malformed();
			}
			at += 2;
			boolean frame = false;
			while (true) {
				if (at + 1 >= d.length || u8(d, at) != 0xff) {
					throw new Malformed();
				}
				while (at < d.length && u8(d, at) == 0xff) {
					at++;
				}
				if (at >= d.length) {
					throw new Malformed();
				}
				int marker = u8(d, at++);
				if (marker == 0xd9) {
					jpeg.end = at;
					if (needFrame && !frame) {
						throw new Malformed();
					}
					return jpeg;
				}
				if (marker >= 0xd0 && marker <= 0xd7 || marker == 0x01) {
					continue;
				}
				if (at + 2 > d.length) {
					throw new Malformed();
				}
				int length = u16(d, at);
				if (length < 2 || at + length > d.length) {
					throw new Malformed();
				}
				if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
					if (length < 8) {
						throw new Malformed();
					}
					jpeg.size = new Dimensions(u16(d, at + 5), u16(d, at + 3));
					frame = true;
				}
				at += length;
				if (marker == 0xda) {
					if (!frame) {
						throw new Malformed();
					}
					at = afterEntropyData(d, at);
				}
			}
		}

		/** Skips a scan's coded data: up to the next marker that is not a stuffed byte or a restart. */
		private static int afterEntropyData(byte[] d, int at) throws Malformed {
			for (int i = at; i + 1 < d.length; i++) {
				if (u8(d, i) == 0xff) {
					int next = u8(d, i + 1);
					if (next == 0 || (next >= 0xd0 && next <= 0xd7) || next == 0xff) {
						if (next != 0xff) {
							i++;
						}
						continue;
					}
					return i;
				}
			}
			throw new Malformed();
		}

	}

	/** The walk of a PNG's chunks from the signature to IEND, checking each chunk's CRC. */
	private static final class Png {

		Dimensions size;

		int end;

		static Png walk(byte[] d) throws Malformed {
			if (d.length < 8 + 25 || !java.util.Arrays.equals(d, 0, 8, PNG_SIGNATURE, 0, 8)) {
				throw new Malformed();
			}
			Png png = new Png();
			int at = 8;
			boolean header = true;
			while (true) {
				if (d.length - at < 12) {
					throw new Malformed();
				}
				long length = u32(d, at);
				if (length > d.length - at - 12) {
					throw new Malformed();
				}
				String type = new String(d, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
				if (header) {
					if (!type.equals("IHDR") || length != 13) {
						throw new Malformed();
					}
					png.size = new Dimensions(u32(d, at + 8), u32(d, at + 12));
					header = false;
				}
				CRC32 crc = new CRC32();
				crc.update(d, at + 4, 4 + (int) length);
				if (crc.getValue() != u32(d, at + 8 + (int) length)) {
					throw new Malformed();
				}
				at += 12 + (int) length;
				if (type.equals("IEND")) {
					png.end = at;
					return png;
				}
			}
		}

	}

	private static final class Malformed extends Exception {

		Malformed() {
			super(null, null, false, false);
		}

	}

	private static int u8(byte[] d, int i) {
		return d[i] & 0xff;
	}

	private static int u16(byte[] d, int i) {
		return (u8(d, i) << 8) | u8(d, i + 1);
	}

	private static long u32(byte[] d, int i) {
		return ((long) u8(d, i) << 24) | (u8(d, i + 1) << 16) | (u8(d, i + 2) << 8) | u8(d, i + 3);
	}

}
