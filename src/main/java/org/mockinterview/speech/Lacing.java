package org.mockinterview.speech;

/** The frame sizes of a laced Matroska block (Xiph, fixed-size or EBML lacing); mkvmerge laces audio by default. */
final class Lacing {

    private static final int XIPH = 1;
    private static final int FIXED = 2;

    private final WebmDemuxer in;
    private final long track;
    private final int end;
    private final int kind;

    Lacing(WebmDemuxer in, long track, int end, int kind) {
        this.in = in;
        this.track = track;
        this.end = end;
        this.kind = kind;
    }

    void read() {
        int frames = in.unsignedByte(end) + 1;
        int[] sizes = new int[frames];
        if (kind == XIPH) {
            for (int i = 0; i < frames - 1; i++) {
                int size = 0;
                int b;
                do {
                    b = in.unsignedByte(end);
                    size += b;
                } while (b == 255);
                sizes[i] = size;
            }
        } else if (kind != FIXED) {
            long size = in.vint(false);
            sizes[0] = checked(size);
            for (int i = 1; i < frames - 1; i++) {
                int start = in.position();
                long raw = in.vint(false);
                int bytes = in.position() - start;
                // a signed difference: the raw value minus half its range
                long bias = (1L << (7 * bytes - 1)) - 1;
                size += raw - bias;
                sizes[i] = checked(size);
            }
        }
        int data = in.position();
        int remaining = end - data;
        if (kind == FIXED) {
            if (remaining % frames != 0) {
                throw BadAudio.undecodable("A fixed-size WebM lace does not divide its block.");
            }
            java.util.Arrays.fill(sizes, remaining / frames);
        } else {
            long sum = 0;
            for (int i = 0; i < frames - 1; i++) {
                sum += sizes[i];
            }
            sizes[frames - 1] = checked(remaining - sum);
        }
        int at = data;
        for (int size : sizes) {
            in.frame(track, at, size, end);
            at += size;
        }
        in.position(end);
    }

    private int checked(long size) {
        if (size < 0 || size > end) {
            throw BadAudio.undecodable("A WebM lace is inconsistent with its block.");
        }
        return (int) size;
    }
}
