package org.mockinterview.speech;

import java.util.Arrays;

/**
 * The decoded audio as the voice activity detector needs it: the loudness of every 20 ms frame, in dBFS. Samples are
 * folded in as they are decoded and never kept, so a five-minute recording costs 15,000 floats whatever its format;
 * past the length limit decoding stops at once (a small file that claims hours of audio is refused early).
 */
final class FrameEnergies {

    static final double FRAME_SECONDS = 0.02;
    /** The energy of a frame of digital silence: far below any microphone's noise floor. */
    static final float FLOOR_DB = -120f;

    private final int samplesPerFrame;
    private final int sampleRate;
    private final int maxFrames;
    private final DecodeLimits limits;
    private float[] frames = new float[1024];
    private int count;
    private double sumSquares;
    private int inFrame;
    private long samples;

    FrameEnergies(int sampleRate, DecodeLimits limits) {
        this.sampleRate = sampleRate;
        this.samplesPerFrame = Math.max(1, (int) Math.round(sampleRate * FRAME_SECONDS));
        this.maxFrames = (int) Math.ceil(limits.maxSeconds() / FRAME_SECONDS) + 1;
        this.limits = limits;
    }

    /** One mono sample in [-1, 1]. */
    void add(double sample) {
        sumSquares += sample * sample;
        samples++;
        if (++inFrame == samplesPerFrame) {
            closeFrame();
        }
    }

    /** Refuses audio past the length limit or past the decoding deadline; decoders call it once per packet or chunk. */
    void check() {
        if (count >= maxFrames) {
            throw limits.tooLong();
        }
        if (System.nanoTime() - limits.deadlineNanos() > 0) {
            throw BadAudio.undecodable("The audio took too long to decode.");
        }
    }

    private void closeFrame() {
        if (count == frames.length) {
            check();
            frames = Arrays.copyOf(frames, Math.min(maxFrames + 1, frames.length * 2));
        }
        double rms = Math.sqrt(sumSquares / inFrame);
        frames[count++] = rms <= 1e-6 ? FLOOR_DB : (float) Math.max(FLOOR_DB, 20 * Math.log10(rms));
        sumSquares = 0;
        inFrame = 0;
    }

    /** The loudness of each whole frame (a last partial frame is dropped). */
    float[] decibels() {
        return Arrays.copyOf(frames, count);
    }

    double seconds() {
        return (double) samples / sampleRate;
    }
}
