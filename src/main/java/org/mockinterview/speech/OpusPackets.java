package org.mockinterview.speech;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;

import java.util.ArrayList;
import java.util.List;

/**
 * The Opus stream of a WebM or Ogg file, demuxed: its channel count (from the OpusHead header) and its packets
 * (copies: the uploaded bytes stay as they are, for the transcription model). {@link #decode} runs them through Concentus, a pure-Java port of libopus.
 */
final class OpusPackets {

    /** Opus decodes at any of its rates directly; 16 kHz is plenty for telling speech from silence. */
    static final int DECODE_RATE = 16_000;
    /** The longest Opus packet is 120 ms. */
    private static final int MAX_PACKET_SAMPLES = DECODE_RATE * 120 / 1000;

    private final List<byte[]> packets = new ArrayList<>();
    private int channels;

    /** Reads the OpusHead identification header (RFC 7845, section 5.1). */
    void head(byte[] head) {
        if (head.length < 19 || !AudioFormat.startsWith(head, 0, "OpusHead")) {
            throw BadAudio.undecodable("The Opus stream has no valid OpusHead header.");
        }
        int count = head[9] & 0xFF;
        int mapping = head[18] & 0xFF;
        if (count < 1 || count > 2 || mapping != 0) {
            throw BadAudio.undecodable("Opus with " + count + " channels (mapping " + mapping
                    + ") is not a voice recording; record mono or stereo.");
        }
        channels = count;
    }

    boolean hasHead() {
        return channels > 0;
    }

    void add(byte[] packet) {
        packets.add(packet);
    }

    FrameEnergies decode(DecodeLimits limits) {
        if (!hasHead()) {
            throw BadAudio.undecodable("The file holds no Opus audio stream.");
        }
        OpusDecoder decoder;
        try {
            decoder = new OpusDecoder(DECODE_RATE, channels);
        } catch (OpusException e) {
            throw BadAudio.undecodable("The Opus decoder could not start.");
        }
        FrameEnergies energies = limits.energies(DECODE_RATE);
        short[] pcm = new short[MAX_PACKET_SAMPLES * channels];
        for (byte[] packet : packets) {
            energies.check();
            int n;
            try {
                n = decoder.decode(packet, 0, packet.length, pcm, 0, MAX_PACKET_SAMPLES, false);
            } catch (OpusException | RuntimeException e) {
                // Concentus reports some corrupt packets with index errors rather than OpusException
                throw BadAudio.undecodable("The Opus audio is corrupt and cannot be decoded.");
            }
            for (int i = 0; i < n; i++) {
                int sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += pcm[i * channels + c];
                }
                energies.add(sum / (32768.0 * channels));
            }
        }
        return energies;
    }
}
