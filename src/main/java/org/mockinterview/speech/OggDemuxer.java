package org.mockinterview.speech;

import java.io.ByteArrayOutputStream;

/**
 * Ogg pages (RFC 3533) to the packets of the file's first logical stream, which must be Opus (RFC 7845): Firefox's
 * MediaRecorder and opusenc write this. Every length is checked against the bytes really there.
 */
final class OggDemuxer {

    private static final int HEADER = 27;

    private OggDemuxer() {
    }

    static OpusPackets demux(byte[] bytes) {
        OpusPackets opus = new OpusPackets();
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        int pos = 0;
        Integer serial = null;
        int index = 0;
        while (pos < bytes.length) {
            if (bytes.length - pos < HEADER) {
                throw BadAudio.truncated("the last Ogg page is cut off");
            }
            if (!AudioFormat.startsWith(bytes, pos, "OggS") || bytes[pos + 4] != 0) {
                throw BadAudio.undecodable("The Ogg stream is corrupt at byte " + pos + ".");
            }
            int pageSerial = le32(bytes, pos + 14);
            int segments = bytes[pos + 26] & 0xFF;
            int at = pos + HEADER + segments;
            if (at > bytes.length) {
                throw BadAudio.truncated("an Ogg page header is cut off");
            }
            if (serial == null) {
                serial = pageSerial;
            }
            for (int i = 0; i < segments; i++) {
                int lace = bytes[pos + HEADER + i] & 0xFF;
                if (at + lace > bytes.length) {
                    throw BadAudio.truncated("an Ogg page is cut off");
                }
                if (pageSerial == serial) {
                    packet.write(bytes, at, lace);
                    if (lace < 255) { // a lacing value under 255 ends the packet
                        finish(opus, index++, packet.toByteArray());
                        packet.reset();
                    }
                }
                at += lace;
            }
            pos = at;
        }
        if (packet.size() > 0) {
            throw BadAudio.truncated("the last Ogg packet is cut off");
        }
        return opus;
    }

    /** Packet 0 is OpusHead, packet 1 OpusTags, the rest audio. */
    private static void finish(OpusPackets opus, int index, byte[] packet) {
        if (index == 0) {
            if (!AudioFormat.startsWith(packet, 0, "OpusHead")) {
                throw new BadAudio(BadAudio.Kind.UNSUPPORTED,
                        "This Ogg file is not Opus (Vorbis or FLAC?); send Ogg/Opus, WebM/Opus or PCM WAV.");
            }
            opus.head(packet);
        } else if (index > 1 && packet.length > 0) {
            opus.add(packet);
        }
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
