package id.smartkampung.core.journal;

import static java.nio.charset.StandardCharsets.US_ASCII;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The lines of journal entries waiting to be written, in one growing buffer — the writer's half
 * of the layout {@code {"seq":N,"prev":"…","body":…,"hash":"…"}\n} that {@link Journal} reads. Each
 * body is written straight into the buffer by a Jackson generator (no tree, no copy), the SHA-256 is
 * taken over the line's bytes in place, and its hex is written after them: a batch of a thousand
 * entries is a thousand appends to one array, and one write.
 *
 * <p>Not thread-safe: its journal guards it.
 */
final class StagedLines {
  private static final byte[] END = "\"}\n".getBytes(US_ASCII);
  /** A buffer grown this large for one batch is given back after its commit. */
  private static final int KEEP = 1 << 20;

  private final Buffer out = new Buffer();
  private final MessageDigest sha = Journal.sha256();
  private final byte[] digest = new byte[32];
  private int entries;
  /** Writes bodies into {@link #out}; made again after a body that failed half-way. */
  private JsonGenerator json;

  /**
   * Appends the line of entry {@code seq}, after the entry whose hash is {@code prevHex}, with the
   * body {@code body} writes (one JSON object), and puts the line's hash in {@code hashHex}.
   * {@code prevHex} and {@code hashHex} may be the same array. If {@code body} fails, nothing is
   * appended and the exception is thrown.
   */
  void append(long seq, byte[] prevHex, OperationEncoder.Writer body, byte[] hashHex) throws IOException {
    int start = out.size;
    try {
      out.write(Journal.SEQ_MARK);
      out.writeDecimal(seq);
      out.write(Journal.PREV_MARK);
      out.write(prevHex, 0, 64);
      out.write(Journal.BODY_MARK);
      if (json == null) {
        json = Journal.MAPPER.createGenerator(out);
        json.setRootValueSeparator(null); // the bodies follow one another in the generator's output: no space between
      }
      body.writeTo(json);
      json.flush();
    } catch (Throwable e) { // whatever the body threw: the line is cut, the generator (left inside the body) replaced
      JsonGenerator broken = json;
      json = null;
      out.size = start;
      if (broken != null) {
        try {
          broken.close(); // may add what the body left open: cut again below
        } catch (IOException | RuntimeException ignored) {
          // the generator is dropped either way
        }
        out.size = start;
      }
      throw e;
    }
    Journal.sha256Hex(sha, out.bytes, start, out.size, digest, hashHex);
    out.write(Journal.HASH_MARK);
    out.write(hashHex, 0, 64);
    out.write(END);
    entries++;
  }

  /** How many lines are staged. */
  int entries() {
    return entries;
  }

  /** The staged lines, a view of the buffer (valid until the next change). */
  ByteBuffer bytes() {
    return ByteBuffer.wrap(out.bytes, 0, out.size);
  }

  /** Forgets the staged lines (after they were written, or when the journal failed). */
  void clear() {
    out.size = 0;
    entries = 0;
    if (out.bytes.length > KEEP) {
      out.bytes = new byte[KEEP];
    }
  }

  /** A growable array the generator writes into; flushing does nothing. */
  private static final class Buffer extends OutputStream {
    byte[] bytes = new byte[1 << 14];
    int size;

    @Override
    public void write(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    /** The decimal digits of a non-negative number, as {@link Long#toString(long)} gives them. */
    void writeDecimal(long v) {
      ensure(20);
      int digits = 1;
      for (long p = v; p >= 10; p /= 10) {
        digits++;
      }
      for (int i = size + digits - 1; i >= size; i--) {
        bytes[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      size += digits;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }
}
