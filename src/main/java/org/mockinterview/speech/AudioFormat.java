package org.mockinterview.speech;

import java.util.Optional;

/** The audio containers accepted, told apart by their first bytes, never by the name or type the client claims. */
public enum AudioFormat {
    WAV("audio/wav", "wav"),
    WEBM("audio/webm", "webm"),
    OGG("audio/ogg", "ogg");

    private final String mediaType;
    private final String extension;

    AudioFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** OpenAI-compatible servers pick their decoder from the file name's extension. */
    public String fileName() {
        return "answer." + extension;
    }

    /** The container of {@code bytes} by its magic bytes, or empty when it is none of the accepted ones. */
    public static Optional<AudioFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x1A && (bytes[1] & 0xFF) == 0x45 && (bytes[2] & 0xFF) == 0xDF
                && (bytes[3] & 0xFF) == 0xA3) {
            return Optional.of(WEBM);
        }
        if (startsWith(bytes, 0, "OggS")) {
            return Optional.of(OGG);
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (bytes.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
