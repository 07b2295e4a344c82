package org.mockinterview.speech;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audio built to hurt: each file gets its own refusal, fast, with bounded memory, and never an unexpected exception.
 */
class AudioHostileTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                hostile("not audio (PDF magic)", () -> "%PDF-1.7\n".getBytes(), BadAudio.Kind.UNSUPPORTED),
                hostile("WAV claiming 4 GHz", () -> wav(1, 2_000_000_000, 16, 16, 100), BadAudio.Kind.UNDECODABLE),
                hostile("WAV whose data length lies", () -> lyingLength(), BadAudio.Kind.TRUNCATED),
                hostile("WAV of 6 minutes", () -> wav(1, 8_000, 8, 1, 8_000 * 360), BadAudio.Kind.TOO_LONG),
                hostile("WAV with 300 channels", () -> wav(300, 8_000, 16, 16, 100), BadAudio.Kind.UNDECODABLE),
                hostile("WAV header contradicting itself", () -> wav(2, 16_000, 16, 3, 100), BadAudio.Kind.UNDECODABLE),
                hostile("compressed WAV (ADPCM)", () -> wavTag(2), BadAudio.Kind.UNSUPPORTED),
                hostile("Ogg bomb: 10 MB of tiny Opus packets", AudioHostileTest::oggBomb, BadAudio.Kind.TOO_LONG),
                hostile("Ogg that is Vorbis", () -> ogg(java.util.List.of("\u0001vorbis".getBytes())), BadAudio.Kind.UNSUPPORTED),
                hostile("truncated Ogg frames", () -> cut("speech-pauses.opus", 0.6), BadAudio.Kind.TRUNCATED),
                hostile("truncated WebM frames", () -> cut("speech-pauses.webm", 0.5), BadAudio.Kind.TRUNCATED),
                hostile("WebM element claiming 2^56 bytes", AudioHostileTest::hugeElement, BadAudio.Kind.TRUNCATED),
                hostile("corrupt Opus packets", AudioHostileTest::corruptPackets, BadAudio.Kind.UNDECODABLE),
                hostile("WebM without Opus", () -> Arrays.copyOf(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3,
                        (byte) 0x80}, 5), BadAudio.Kind.UNDECODABLE));
    }

    private static Arguments hostile(String name, Supplier<byte[]> file, BadAudio.Kind kind) {
        return Arguments.of(name, file, kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithItsOwnReason(String name, Supplier<byte[]> file, BadAudio.Kind kind) {
        byte[] bytes = file.get();
        long start = System.nanoTime();
        assertThatThrownBy(() -> AudioDecoder.measure(bytes, AudioDecoderTest.limits()))
                .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
        assertThat((System.nanoTime() - start) / 1e9).as("seconds to refuse").isLessThan(10);
    }

    @Test
    void aDecodeDeadlineInThePastStopsAtOnce() {
        byte[] webm = AudioFixtures.committed("speech-pauses.webm");
        assertThatThrownBy(() -> AudioDecoder.measure(webm, new DecodeLimits(300, System.nanoTime() - 1)))
                .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.getMessage()).contains("too long to decode"));
    }

    static byte[] wav(int channels, int rate, int bits, int blockAlign, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        b.put("data".getBytes()).putInt(dataBytes);
        return b.array();
    }

    static byte[] wavTag(int tag) {
        byte[] w = wav(1, 8_000, 16, 2, 100);
        w[20] = (byte) tag;
        return w;
    }

    static byte[] lyingLength() {
        byte[] w = wav(1, 16_000, 16, 2, 1_000);
        ByteBuffer.wrap(w).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 500_000_000);
        return w;
    }

    static byte[] cut(String fixture, double keep) {
        byte[] f = AudioFixtures.committed(fixture);
        return Arrays.copyOf(f, (int) (f.length * keep));
    }

    /** An OpusHead, OpusTags, then 10 MB of one-byte packets, each 120 ms of silence: hours of audio. */
    static byte[] oggBomb() {
        java.util.List<byte[]> packets = new java.util.ArrayList<>();
        packets.add(opusHead());
        packets.add("OpusTags\0\0\0\0\0\0\0\0".getBytes());
        byte[] tiny = {(byte) 0xF8 /* CELT 20 ms, code 0 */};
        for (int i = 0; i < 3_000_000; i++) {
            packets.add(tiny);
        }
        return ogg(packets);
    }

    static byte[] opusHead() {
        ByteBuffer b = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        b.put("OpusHead".getBytes()).put((byte) 1).put((byte) 1).putShort((short) 312).putInt(48_000)
                .putShort((short) 0).put((byte) 0);
        return b.array();
    }

    /** Ogg pages of up to 255 packets each (each under 255 bytes), CRC left zero (the demuxer does not check it). */
    static byte[] ogg(java.util.List<byte[]> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < packets.size(); i += 255) {
            java.util.List<byte[]> page = packets.subList(i, Math.min(packets.size(), i + 255));
            ByteBuffer h = ByteBuffer.allocate(27 + page.size()).order(ByteOrder.LITTLE_ENDIAN);
            h.put("OggS".getBytes()).put((byte) 0).put((byte) (i == 0 ? 2 : 0)).putLong(0).putInt(7).putInt(i / 255)
                    .putInt(0).put((byte) page.size());
            page.forEach(p -> h.put((byte) p.length));
            out.writeBytes(h.array());
            page.forEach(out::writeBytes);
        }
        return out.toByteArray();
    }

    static byte[] hugeElement() {
        // EBML header, then a Void element whose 8-byte size says 2^56 - 2
        return new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x80, (byte) 0xEC, 0x01, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 0, 0};
    }

    static byte[] corruptPackets() {
        java.util.List<byte[]> packets = new java.util.ArrayList<>();
        packets.add(opusHead());
        packets.add("OpusTags\0\0\0\0\0\0\0\0".getBytes());
        // code 3 packets (a frame count byte follows) that announce 63 frames of 120 ms: invalid, over 120 ms
        for (int i = 0; i < 10; i++) {
            packets.add(new byte[] {(byte) 0xFB, (byte) 0x3F, 1, 2, 3});
        }
        return ogg(packets);
    }
}
