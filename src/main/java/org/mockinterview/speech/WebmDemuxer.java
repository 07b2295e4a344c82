package org.mockinterview.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * WebM/Matroska (EBML) to the packets of its Opus track, as Chrome's and Safari's MediaRecorder write it: a Segment and
 * Clusters of unknown size, SimpleBlocks without lacing. The file is read in one flat pass that steps into the few
 * container elements it needs and over everything else, so nesting depth costs nothing and no declared size is
 * trusted beyond the bytes really there.
 */
final class WebmDemuxer {

    private static final int EBML = 0x1A45DFA3;
    private static final int DOC_TYPE = 0x4282;
    private static final int SEGMENT = 0x18538067;
    private static final int CLUSTER = 0x1F43B675;
    private static final int TRACKS = 0x1654AE6B;
    private static final int TRACK_ENTRY = 0xAE;
    private static final int TRACK_NUMBER = 0xD7;
    private static final int CODEC_ID = 0x86;
    private static final int CODEC_PRIVATE = 0x63A2;
    private static final int BLOCK_GROUP = 0xA0;
    private static final int BLOCK = 0xA1;
    private static final int SIMPLE_BLOCK = 0xA3;
    /** Containers stepped into rather than over. */
    private static final Set<Integer> ENTERED = Set.of(EBML, SEGMENT, CLUSTER, TRACKS, TRACK_ENTRY, BLOCK_GROUP);
    private static final long UNKNOWN = -1;

    private final byte[] bytes;
    private int pos;
    private String docType;
    private final List<Track> tracks = new ArrayList<>();
    private final List<long[]> blocks = new ArrayList<>(); // {track, offset, length} of each frame

    private record Track(long number, String codec, byte[] codecPrivate) {
    }

    private WebmDemuxer(byte[] bytes) {
        this.bytes = bytes;
    }

    static OpusPackets demux(byte[] bytes) {
        WebmDemuxer d = new WebmDemuxer(bytes);
        d.scan();
        return d.opus();
    }

    private void scan() {
        Track building = null;
        long number = 0;
        String codec = null;
        byte[] codecPrivate = null;
        while (pos < bytes.length) {
            int id = (int) vint(true);
            long size = vint(false);
            if (ENTERED.contains(id)) {
                if (id == TRACK_ENTRY) {
                    if (codec != null) {
                        tracks.add(new Track(number, codec, codecPrivate));
                    }
                    number = 0;
                    codec = null;
                    codecPrivate = null;
                }
                continue;
            }
            if (size == UNKNOWN) {
                throw BadAudio.undecodable("A WebM element of unknown size is not a container.");
            }
            if (size > bytes.length - pos) {
                throw BadAudio.truncated("a WebM element is longer than the file");
            }
            int start = pos;
            int length = (int) size;
            switch (id) {
                case DOC_TYPE -> docType = new String(bytes, start, length, java.nio.charset.StandardCharsets.US_ASCII);
                case TRACK_NUMBER -> number = uint(start, length);
                case CODEC_ID -> codec = new String(bytes, start, length, java.nio.charset.StandardCharsets.US_ASCII)
                        .trim();
                case CODEC_PRIVATE -> codecPrivate = Arrays.copyOfRange(bytes, start, start + length);
                case SIMPLE_BLOCK, BLOCK -> block(start, length);
                default -> { }
            }
            pos = start + length;
        }
        if (codec != null) {
            tracks.add(new Track(number, codec, codecPrivate));
        }
    }

    private OpusPackets opus() {
        if (docType != null && !docType.equals("webm") && !docType.equals("matroska")) {
            throw new BadAudio(BadAudio.Kind.UNSUPPORTED, "An EBML file of type " + docType + " is not WebM.");
        }
        Track track = tracks.stream().filter(t -> t.codec().equals("A_OPUS")).findFirst().orElseThrow(() ->
                tracks.isEmpty() ? BadAudio.undecodable("The WebM file has no tracks.")
                        : new BadAudio(BadAudio.Kind.UNSUPPORTED, "The WebM file has no Opus audio ("
                                + tracks.stream().map(Track::codec).toList() + "); record audio/webm;codecs=opus."));
        OpusPackets opus = new OpusPackets();
        if (track.codecPrivate() == null) {
            throw BadAudio.undecodable("The WebM Opus track has no OpusHead.");
        }
        opus.head(track.codecPrivate());
        for (long[] b : blocks) {
            if (b[0] == track.number()) {
                opus.add(Arrays.copyOfRange(bytes, (int) b[1], (int) (b[1] + b[2])));
            }
        }
        return opus;
    }

    /** A (Simple)Block: track number, 16-bit timecode, flags, then one frame or a lace of several. */
    private void block(int start, int length) {
        int end = start + length;
        pos = start;
        long track = vint(false);
        if (pos + 3 > end) {
            throw BadAudio.undecodable("A WebM block is too short.");
        }
        int lacing = (bytes[pos + 2] >> 1) & 3;
        pos += 3;
        if (lacing == 0) {
            blocks.add(new long[] {track, pos, end - pos});
            return;
        }
        new Lacing(this, track, end, lacing).read();
    }

    void frame(long track, int offset, int length, int end) {
        if (length < 0 || offset + length > end) {
            throw BadAudio.undecodable("A WebM lace is inconsistent with its block.");
        }
        blocks.add(new long[] {track, offset, length});
    }

    int position() {
        return pos;
    }

    void position(int p) {
        pos = p;
    }

    int unsignedByte(int end) {
        if (pos >= end) {
            throw BadAudio.undecodable("A WebM lace header is cut off.");
        }
        return bytes[pos++] & 0xFF;
    }

    /**
     * An EBML variable-length integer: its first byte's leading zeros give its length. IDs keep their marker bit,
     * sizes lose it; a size of all ones means unknown (a live recording's Segment and Clusters).
     */
    long vint(boolean id) {
        if (pos >= bytes.length) {
            throw BadAudio.truncated("a WebM element header is cut off");
        }
        int first = bytes[pos] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > (id ? 4 : 8)) {
            throw BadAudio.undecodable("The WebM file is corrupt at byte " + pos + ".");
        }
        if (pos + length > bytes.length) {
            throw BadAudio.truncated("a WebM element header is cut off");
        }
        long value = id ? first : first & (0xFF >> length);
        boolean allOnes = value == (0xFF >> length);
        for (int i = 1; i < length; i++) {
            int b = bytes[pos + i] & 0xFF;
            allOnes &= b == 0xFF;
            value = value << 8 | b;
        }
        pos += length;
        return !id && allOnes ? UNKNOWN : value;
    }

    private long uint(int start, int length) {
        if (length > 8) {
            throw BadAudio.undecodable("A WebM number is longer than 8 bytes.");
        }
        long v = 0;
        for (int i = 0; i < length; i++) {
            v = v << 8 | (bytes[start + i] & 0xFF);
        }
        return v;
    }
}
