package org.mockinterview.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A RIFF/WAVE reader for what recorders write: integer PCM of 8 to 32 bits or 32-bit float, 1 to 8 channels, 8 to
 * 96 kHz, mixed down to mono. javax.sound would do the same but trusts the header's lengths; here every length is
 * checked against the bytes that are really there before anything is read or allocated.
 */
final class WavDecoder {

    private static final int PCM = 1;
    private static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final long STREAMED = 0xFFFFFFFFL;

    private WavDecoder() {
    }

    static FrameEnergies decode(byte[] bytes, DecodeLimits limits) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(12);
        Format format = null;
        while (in.remaining() >= 8) {
            String id = new String(bytes, in.position(), 4, java.nio.charset.StandardCharsets.US_ASCII);
            in.position(in.position() + 4);
            long size = Integer.toUnsignedLong(in.getInt());
            if (id.equals("fmt ")) {
                if (size < 16 || size > in.remaining()) {
                    throw BadAudio.undecodable("The WAV format header is malformed.");
                }
                format = Format.read(in.slice(in.position(), (int) size).order(ByteOrder.LITTLE_ENDIAN));
            } else if (id.equals("data")) {
                if (format == null) {
                    throw BadAudio.undecodable("The WAV file has no format header before its samples.");
                }
                // recorders that stream write 0xFFFFFFFF (or 0) and never come back to fix the length
                long length = size == STREAMED || size == 0 ? in.remaining() : size;
                if (length > in.remaining()) {
                    throw BadAudio.truncated("the WAV header announces " + length + " bytes of samples, the file has "
                            + in.remaining());
                }
                return samples(in.slice(in.position(), (int) length).order(ByteOrder.LITTLE_ENDIAN), format, limits);
            }
            if (size > in.remaining()) {
                throw BadAudio.truncated("a WAV chunk is longer than the file");
            }
            in.position(in.position() + (int) size + (int) (size & 1));
        }
        throw BadAudio.undecodable("The WAV file holds no samples.");
    }

    private static FrameEnergies samples(ByteBuffer data, Format f, DecodeLimits limits) {
        long frames = data.remaining() / f.blockAlign;
        double seconds = (double) frames / f.rate;
        if (seconds > limits.maxSeconds()) {
            throw limits.tooLong();
        }
        FrameEnergies energies = limits.energies(f.rate);
        int bytesPerSample = f.bits / 8;
        for (long i = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < f.channels; c++) {
                sum += sample(data, f, bytesPerSample);
            }
            energies.add(sum / f.channels);
            if ((i & 0xFFFF) == 0) {
                energies.check();
            }
        }
        return energies;
    }

    private static double sample(ByteBuffer data, Format f, int bytes) {
        if (f.floating) {
            float v = data.getFloat();
            return Float.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
        }
        return switch (bytes) {
            case 1 -> ((data.get() & 0xFF) - 128) / 128.0;
            case 2 -> data.getShort() / 32768.0;
            case 3 -> ((data.get() & 0xFF) | (data.get() & 0xFF) << 8 | data.get() << 16) / 8388608.0;
            default -> data.getInt() / 2147483648.0;
        };
    }

    /** The fields of the fmt chunk that decoding needs, each checked against what real recorders produce. */
    private record Format(int channels, int rate, int bits, int blockAlign, boolean floating) {

        static Format read(ByteBuffer fmt) {
            int tag = fmt.getShort() & 0xFFFF;
            int channels = fmt.getShort() & 0xFFFF;
            long rate = Integer.toUnsignedLong(fmt.getInt());
            fmt.getInt();
            int blockAlign = fmt.getShort() & 0xFFFF;
            int bits = fmt.getShort() & 0xFFFF;
            if (tag == EXTENSIBLE && fmt.remaining() >= 10) {
                fmt.position(fmt.position() + 8);
                tag = fmt.getShort() & 0xFFFF; // the sub-format GUID starts with the plain format tag
            }
            boolean floating = tag == IEEE_FLOAT;
            if (tag != PCM && !floating) {
                throw new BadAudio(BadAudio.Kind.UNSUPPORTED, "This WAV file is compressed (format " + tag
                        + "); send PCM WAV, WebM/Opus or Ogg/Opus.");
            }
            if (channels < 1 || channels > 8) {
                throw BadAudio.undecodable("A WAV file with " + channels + " channels is not a voice recording.");
            }
            if (rate < 8_000 || rate > 96_000) {
                throw BadAudio.undecodable("A sample rate of " + rate + " Hz is not supported; use 8 to 96 kHz.");
            }
            if (floating ? bits != 32 : bits != 8 && bits != 16 && bits != 24 && bits != 32) {
                throw BadAudio.undecodable("Samples of " + bits + " bits are not supported.");
            }
            if (blockAlign != channels * bits / 8) {
                throw BadAudio.undecodable("The WAV header contradicts itself (block size " + blockAlign + ").");
            }
            return new Format(channels, (int) rate, bits, blockAlign, floating);
        }
    }
}
