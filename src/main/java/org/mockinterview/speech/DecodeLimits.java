package org.mockinterview.speech;

/** How much audio one request may decode: its length in seconds and a deadline on {@link System#nanoTime()}. */
record DecodeLimits(double maxSeconds, long deadlineNanos) {

    FrameEnergies energies(int sampleRate) {
        return new FrameEnergies(sampleRate, this);
    }

    BadAudio tooLong() {
        long minutes = Math.round(maxSeconds / 60);
        return new BadAudio(BadAudio.Kind.TOO_LONG, "The recording is longer than " + minutes
                + " minutes; answer in at most " + minutes + " minutes.");
    }
}
