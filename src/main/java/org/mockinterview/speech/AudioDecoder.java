package org.mockinterview.speech;

import org.mockinterview.kernel.SpeechTiming;

/** Sniffs, demuxes, decodes and measures one upload in memory; pure, so its tests need no Quarkus. */
final class AudioDecoder {

    private AudioDecoder() {
    }

    /** The upload's format by its magic bytes, or 415. */
    static AudioFormat format(byte[] bytes) {
        return AudioFormat.sniff(bytes).orElseThrow(() -> new BadAudio(BadAudio.Kind.UNSUPPORTED,
                "The file is not audio this service reads; send WAV (PCM), WebM/Opus or Ogg/Opus."));
    }

    /** Detects the format from the magic bytes, then measures (for callers that have not detected it yet). */
    static SpeechTiming measure(byte[] bytes, DecodeLimits limits) {
        return measure(bytes, format(bytes), limits);
    }

    static SpeechTiming measure(byte[] bytes, AudioFormat format, DecodeLimits limits) {
        FrameEnergies energies = switch (format) {
            case WAV -> WavDecoder.decode(bytes, limits);
            case WEBM -> WebmDemuxer.demux(bytes).decode(limits);
            case OGG -> OggDemuxer.demux(bytes).decode(limits);
        };
        if (energies.seconds() <= 0) {
            throw BadAudio.undecodable("The file holds no audio samples.");
        }
        return VoiceActivity.measure(energies);
    }
}
